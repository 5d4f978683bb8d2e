using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tao.Rules.Diagnostics;
using Tao.Rules.History;

namespace Tao.Rules.Cli.Tests;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _rules;
    private readonly string _facts;
    private readonly string _db;

    public HistoryCommandTests()
    {
        _rules = _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        _facts = _folder.Write("facts/assets.yaml", EvaluationSamples.Facts);
        _db = Path.Combine(_folder.Path, "audit", "history.db");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Eval_record_writes_the_same_results_and_appends_the_run()
    {
        var plain = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts);

        var recorded = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);

        Assert.Equal(ExitCodes.Success, recorded.ExitCode);
        Assert.Equal(plain.Out, recorded.Out);
        Assert.Equal(plain.Error + $"tao-rules: recorded run 1 in {_db}", recorded.Error.TrimEnd());
        Assert.Single(Runs());
    }

    [Fact]
    public void Every_outcome_and_verdict_of_eval_json_is_in_the_history()
    {
        var eval = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "json", "--record", _db);

        using var json = JsonDocument.Parse(eval.Out);
        var expected = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("entity").GetString()} {r.GetProperty("pack").GetString()} {r.GetProperty("rule").GetString()} {r.GetProperty("outcome").GetString()} {r.GetProperty("severity").GetString()}")
            .Concat(json.RootElement.GetProperty("verdicts").EnumerateArray()
                .Select(v => $"{v.GetProperty("entity").GetString()} {v.GetProperty("pack").GetString()} verdict {v.GetProperty("verdict").GetString()}"))
            .Order(StringComparer.Ordinal);
        var stored = Rows("SELECT entity || ' ' || pack || ' ' || rule || ' ' || outcome || ' ' || severity FROM outcomes WHERE run = 1 UNION ALL SELECT entity || ' ' || pack || ' verdict ' || verdict FROM verdicts WHERE run = 1;")
            .Order(StringComparer.Ordinal);
        Assert.Equal(12, expected.Count());
        Assert.Equal(expected, stored);

        var run = Assert.Single(Runs());
        Assert.Equal(("2026-01-09", _facts, Sha256(File.ReadAllBytes(_facts))), (run.AsOf, run.Facts, run.FactsSha256));
        var pack = Assert.Single(run.Packs);
        Assert.Equal(("demo.screen", "2026.1", Sha256(Encoding.UTF8.GetBytes(EvaluationSamples.Pack))), (pack.Name, pack.Version, pack.SourceSha256));
        Assert.Equal([new ParamRecord("min_cap", "100000000 USD", false)], pack.Params);
        Assert.StartsWith("0.1.0", run.ToolVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void History_shows_an_entity_outcomes_as_first_recorded()
    {
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);

        var result = CliRun.InProcess("history", "--db", _db, "--entity", "SMALL");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var hash = Sha256(Encoding.UTF8.GetBytes(EvaluationSamples.Pack))[..12];
        Assert.Equal(
        [
            "RUN  AS OF       PACK         VERSION  SOURCE        RULE       OUTCOME  BEFORE   OVERRIDES",
            "---  ----------  -----------  -------  ------------  ---------  -------  -------  ---------",
            $"1    2026-01-09  demo.screen  2026.1   {hash}  DEMO-01    fail     (first)",
            $"1    2026-01-09  demo.screen  2026.1   {hash}  DEMO-02    pass     (first)",
            $"1    2026-01-09  demo.screen  2026.1   {hash}  DEMO-03    unknown  (first)",
            $"1    2026-01-09  demo.screen  2026.1   {hash}  (verdict)  at-risk  (first)",
            "SMALL: 1 run, 0 changes.",
        ],
        result.OutLines);
    }

    [Fact]
    public void A_threshold_change_shows_under_the_new_pack_version_and_hash()
    {
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);
        var raised = EvaluationSamples.Pack
            .Replace("version \"2026.1\"", "version \"2026.2\"", StringComparison.Ordinal)
            .Replace("param min_cap = 100_000_000 USD", "param min_cap = 2_900_000_000 USD", StringComparison.Ordinal);
        File.WriteAllText(_rules, raised);
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);

        var result = CliRun.InProcess("history", "--db", _db, "--entity", "BIG");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var (v1, v2) = (Sha256(Encoding.UTF8.GetBytes(EvaluationSamples.Pack))[..12], Sha256(Encoding.UTF8.GetBytes(raised))[..12]);
        Assert.Equal(
        [
            "RUN  AS OF       PACK         VERSION  SOURCE        RULE       OUTCOME  BEFORE         OVERRIDES",
            "---  ----------  -----------  -------  ------------  ---------  -------  -------------  ---------",
            $"1    2026-01-09  demo.screen  2026.1   {v1}  DEMO-01    pass     (first)",
            $"1    2026-01-09  demo.screen  2026.1   {v1}  DEMO-02    pass     (first)",
            $"1    2026-01-09  demo.screen  2026.1   {v1}  DEMO-03    pass     (first)",
            $"1    2026-01-09  demo.screen  2026.1   {v1}  (verdict)  ready    (first)",
            $"2    2026-01-09  demo.screen  2026.2   {v2}  DEMO-01    fail     pass (run 1)",
            $"2    2026-01-09  demo.screen  2026.2   {v2}  (verdict)  at-risk  ready (run 1)",
            "BIG: 3 runs, 2 changes.",
        ],
        result.OutLines);

        var rule = CliRun.InProcess("history", "--db", _db, "--entity", "BIG", "--rule", "DEMO-01", "--format", "json");
        using var json = JsonDocument.Parse(rule.Out);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal("2026.2", changes[1].GetProperty("version").GetString());
        Assert.Equal(Sha256(Encoding.UTF8.GetBytes(raised)), changes[1].GetProperty("source_sha256").GetString());
        Assert.Equal(("fail", "pass", 1), (changes[1].GetProperty("value").GetString(), changes[1].GetProperty("previous").GetString(), changes[1].GetProperty("previous_run").GetInt32()));
    }

    [Fact]
    public void Json_names_every_field_and_the_param_overrides()
    {
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db, "--param", "demo.screen.min_cap=3_500_000_000 USD");

        var result = CliRun.InProcess("history", "--db", _db, "--entity", "XMR", "--pack", "demo.screen", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["entity", "runs", "changes"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("XMR", 2), (json.RootElement.GetProperty("entity").GetString(), json.RootElement.GetProperty("runs").GetInt32()));
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.All(changes, c => Assert.Equal(
            ["run", "as_of", "pack", "version", "source_sha256", "kind", "rule", "value", "severity", "previous", "previous_run", "overrides"],
            c.EnumerateObject().Select(p => p.Name)));
        var change = Assert.Single(changes, c => c.GetProperty("run").GetInt32() == 2);
        Assert.Equal(("outcome", "DEMO-01", "fail", "major"), (change.GetProperty("kind").GetString(), change.GetProperty("rule").GetString(), change.GetProperty("value").GetString(), change.GetProperty("severity").GetString()));
        Assert.Equal("3500000000 USD", change.GetProperty("overrides").GetProperty("min_cap").GetString());
        var verdict = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "verdict");
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, "blocked"), (verdict.GetProperty("rule").ValueKind, verdict.GetProperty("severity").ValueKind, verdict.GetProperty("value").GetString()));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Recording_and_reading_give_the_same_bytes_in_any_culture(string culture)
    {
        var local = Path.Combine(_folder.Path, culture + ".db");
        InCulture.Run(CultureInfo.InvariantCulture, () => CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db, "--param", "demo.screen.min_cap=1_500_000.5 USD"));
        InCulture.Run(new CultureInfo(culture), () => CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", local, "--param", "demo.screen.min_cap=1_500_000.5 USD"));

        foreach (var format in new[] { "table", "json" })
        {
            var invariant = InCulture.Run(CultureInfo.InvariantCulture, () => CliRun.InProcess("history", "--db", _db, "--entity", "SMALL", "--format", format));
            var localized = InCulture.Run(new CultureInfo(culture), () => CliRun.InProcess("history", "--db", local, "--entity", "SMALL", "--format", format));
            Assert.Equal(invariant.Out.Replace(_db, local, StringComparison.Ordinal), localized.Out);
            Assert.Contains("1500000.5 USD", localized.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_entity_has_an_empty_history()
    {
        CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db);

        var table = CliRun.InProcess("history", "--db", _db, "--entity", "NOPE");
        var json = CliRun.InProcess("history", "--db", _db, "--entity", "NOPE", "--format", "json");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (table.ExitCode, json.ExitCode));
        Assert.Equal([$"no recorded run in {_db} holds 'NOPE'."], table.OutLines);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(0, document.RootElement.GetProperty("runs").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void History_of_a_missing_file_is_bad_input_and_creates_nothing()
    {
        var result = CliRun.InProcess("history", "--db", _db, "--entity", "BIG");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"tao-rules: cannot read the history '{_db}': no such file (eval --record writes one).", result.Error.TrimEnd());
        Assert.False(File.Exists(_db));
    }

    [Fact]
    public void A_file_that_is_not_a_database_stops_eval_before_any_result_and_stays_untouched()
    {
        var notADb = _folder.Write("audit/history.db", "this is my audit log, not a database\n" + new string('.', 200));
        var before = File.ReadAllBytes(notADb);

        var eval = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", notADb);
        var history = CliRun.InProcess("history", "--db", notADb, "--entity", "BIG");

        Assert.Equal((ExitCodes.BadInput, ExitCodes.BadInput), (eval.ExitCode, history.ExitCode));
        Assert.Equal(string.Empty, eval.Out);
        var line = $"{notADb}(1,1): error TAO9005: this file is not a readable SQLite database (it does not start with the SQLite header); it was left as it is";
        Assert.Equal(line, eval.Error.TrimEnd().Split('\n')[^1]);
        Assert.Equal(line, history.Error.TrimEnd());
        Assert.Equal(before, File.ReadAllBytes(notADb));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(notADb)!));
    }

    [Fact]
    public void A_run_that_cannot_start_records_nothing()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--record", _db, "--param", "demo.screen.min_cap=5 TAO");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("TAO3003", result.Error, StringComparison.Ordinal);
        Assert.Empty(Runs());
    }

    [Fact]
    public void A_waived_outcome_and_the_waivers_digest_are_recorded()
    {
        var waivers = _folder.Write("waivers.yaml", "waivers:\n  - rule: DEMO-02\n    entity: XMR\n    reason: \"Delisting review under way\"\n    approved_by: \"Listing committee\"\n    expires: 2026-06-30\n");

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--waivers", waivers, "--record", _db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(Sha256(File.ReadAllBytes(waivers)), Assert.Single(Runs()).WaiversSha256);
        Assert.Equal(["waived"], Rows("SELECT outcome FROM outcomes WHERE entity = 'XMR' AND rule = 'DEMO-02';"));
    }

    [Fact]
    public void A_run_over_no_entity_is_recorded_with_its_packs_and_no_outcome()
    {
        var empty = _folder.Write("facts/empty.yaml", "kind: asset\nentities: []\n");

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", empty, "--as-of", "2026-02-01", "--record", _db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var run = Assert.Single(Runs());
        Assert.Equal("2026-02-01", run.AsOf);
        Assert.Equal("demo.screen", Assert.Single(run.Packs).Name);
        Assert.Equal(["0"], Rows("SELECT count(*) FROM outcomes;"));
    }

    [Fact]
    public void Two_packs_of_one_name_are_not_recorded_TAO9009()
    {
        var copy = _folder.Write("copy/demo.rules", EvaluationSamples.Pack);

        var result = CliRun.InProcess("eval", "--rules", _rules, "--rules", copy, "--facts", _facts, "--record", _db);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(
            $"{_db}(1,1): error TAO9009: the run could not be recorded: UNIQUE constraint failed: packs.run, packs.pack; the history holds no part of it",
            result.Error.TrimEnd().Split('\n')[^1]);
        Assert.Empty(Runs());
        Assert.Equal(["0"], Rows("SELECT count(*) FROM outcomes;"));
    }

    [Fact]
    public void Eval_record_without_a_path_writes_the_default_file_in_the_current_directory()
    {
        var work = Path.Combine(_folder.Path, "work");
        Directory.CreateDirectory(work);

        var eval = CliRun.AsProcess(work, null, "eval", "--rules", _rules, "--facts", _facts, "--record");
        var history = CliRun.AsProcess(work, null, "history", "--entity", "XMR", "--rule", "DEMO-02");

        Assert.Equal(ExitCodes.Success, eval.ExitCode);
        Assert.True(File.Exists(Path.Combine(work, ".tao-rules", "history.db")), eval.Error);
        Assert.Equal(ExitCodes.Success, history.ExitCode);
        Assert.Equal(["1", "2026-01-09", "demo.screen", "2026.1"], history.OutLines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..4]);
        Assert.Equal(["DEMO-02", "fail", "(first)"], history.OutLines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[5..]);
    }

    [Fact]
    public async Task Three_processes_recording_into_one_new_file_at_once_all_land()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => Task.Run(() => CliRun.AsProcess(_folder.Path, null, "eval", "--rules", _rules, "--facts", _facts, "--record", _db))));

        Assert.All(runs, r => Assert.Equal(ExitCodes.Success, r.ExitCode));
        Assert.Equal(
            ["tao-rules: recorded run 1 in " + _db, "tao-rules: recorded run 2 in " + _db, "tao-rules: recorded run 3 in " + _db],
            runs.Select(r => r.Error.TrimEnd().Split('\n')[^1]).Order(StringComparer.Ordinal));
        Assert.Equal([1L, 2L, 3L], Runs().Select(r => r.Run));
        Assert.Equal(["9", "9", "9"], Rows("SELECT count(*) FROM outcomes GROUP BY run ORDER BY run;"));
    }

    private IReadOnlyList<RecordedRun> Runs()
    {
        var diagnostics = new DiagnosticBag();
        using var store = HistoryStore.OpenExisting(_db, diagnostics);
        Assert.Empty(diagnostics);
        return store!.Runs();
    }

    private List<string> Rows(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _db, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
