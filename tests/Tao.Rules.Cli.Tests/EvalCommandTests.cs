using System.Globalization;
using System.Text.Json;

namespace Tao.Rules.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _rules;
    private readonly string _facts;

    public EvalCommandTests()
    {
        _rules = _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        _facts = _folder.Write("facts/assets.yaml", EvaluationSamples.Facts);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Table_shows_each_outcome_with_its_reason_and_each_verdict()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal("as of 2026-01-09", lines[0]);
        Assert.Equal("ENTITY  PACK         RULE     OUTCOME  SEVERITY  REASON", lines[1]);
        Assert.Contains("XMR     demo.screen  DEMO-02  fail     blocker   XMR has anonymity-enhancing features", lines);
        Assert.Contains("XMR     demo.screen  DEMO-03  error    minor     error: division by zero", lines);
        Assert.Contains("SMALL   demo.screen  DEMO-03  unknown  minor     missing: asset.adv_30d, asset.domestic_handler_count", lines);
        Assert.Contains("BIG     demo.screen  DEMO-01  pass     major", lines);
        Assert.Contains("XMR     demo.screen  blocked", lines);
        Assert.Contains("SMALL   demo.screen  at-risk", lines);
        Assert.Equal("3 entities, 1 pack: 1 blocked, 1 at-risk, 0 needs-evidence, 1 ready.", lines[^1]);
        Assert.DoesNotContain(lines, l => l.EndsWith(' '));
    }

    [Fact]
    public void Json_has_the_stable_shape_of_design_section_7()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["as_of", "results", "verdicts", "derived"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-01-09", root.GetProperty("as_of").GetString());

        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(9, results.Count);
        Assert.All(results, r => Assert.Equal(
            ["entity", "pack", "rule", "outcome", "severity", "missing", "explanation"],
            r.EnumerateObject().Select(p => p.Name)));
        Assert.All(results, r => Assert.Equal(JsonValueKind.Array, r.GetProperty("missing").ValueKind));
        Assert.Equal(
            ["BIG/DEMO-01/pass", "BIG/DEMO-02/pass", "BIG/DEMO-03/pass", "XMR/DEMO-01/pass", "XMR/DEMO-02/fail", "XMR/DEMO-03/error", "SMALL/DEMO-01/fail", "SMALL/DEMO-02/pass", "SMALL/DEMO-03/unknown"],
            results.Select(r => $"{r.GetProperty("entity").GetString()}/{r.GetProperty("rule").GetString()}/{r.GetProperty("outcome").GetString()}"));

        var pass = results[0];
        Assert.Equal("demo.screen", pass.GetProperty("pack").GetString());
        Assert.Equal("major", pass.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, pass.GetProperty("explanation").ValueKind);

        var fail = results[6];
        Assert.Equal(JsonValueKind.String, fail.GetProperty("explanation").ValueKind);
        Assert.Contains("SMALL has a market cap of 5000000 USD", fail.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        var unknown = results[8];
        Assert.Equal(["asset.adv_30d", "asset.domestic_handler_count"], unknown.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        var verdicts = root.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.All(verdicts, v => Assert.Equal(["entity", "pack", "verdict"], v.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["BIG:ready", "XMR:blocked", "SMALL:at-risk"], verdicts.Select(v => $"{v.GetProperty("entity").GetString()}:{v.GetProperty("verdict").GetString()}"));

        var derived = root.GetProperty("derived").EnumerateArray().ToList();
        Assert.Equal(3, derived.Count);
        Assert.All(derived, d => Assert.Equal(["entity", "pack", "name", "value", "unit"], d.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("half_cap", derived[0].GetProperty("name").GetString());
        Assert.Equal(1_400_000_000, derived[0].GetProperty("value").GetDouble());
        Assert.Equal("USD", derived[0].GetProperty("unit").GetString());
    }

    [Fact]
    public void Csv_has_a_header_quotes_by_rfc_4180_and_neutralises_formulas()
    {
        var facts = _folder.Write("facts/evil.csv", "symbol,market_cap[USD],has_privacy_feature\n\"=HYPERLINK(\"\"x\"\")\",5,true\n+CMD,5,false\n-SUM,5,false\n@A1,5,false\n");

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--format", "csv", "--as-of", "2026-01-09");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split("\r\n");
        Assert.Equal("entity,pack,rule,outcome,severity,verdict,missing,explanation", lines[0]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",demo.screen,DEMO-01,fail,major,blocked,,\"DEMO-01 \"\"Large enough\"\": fail\n", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("'+CMD,demo.screen,DEMO-02,pass,blocker,at-risk,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'-SUM,demo.screen,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'@A1,demo.screen,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'@A1,demo.screen,DEMO-03,unknown,minor,at-risk,asset.adv_30d;asset.domestic_handler_count,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('=') || l.StartsWith('+') || l.StartsWith('-') || l.StartsWith('@'));
    }

    [Fact]
    public void Sarif_has_a_result_per_fail_unknown_and_error_located_at_the_entity_and_the_rule()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "sarif");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal(["DEMO-01", "DEMO-02", "DEMO-03"], run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var results = run.GetProperty("results").EnumerateArray()
            .Select(r => (Entity: r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), Rule: r.GetProperty("ruleId").GetString(), Kind: r.GetProperty("kind").GetString(), Level: r.GetProperty("level").GetString()))
            .ToList();
        Assert.Equal(
            [("demo.screen/XMR", "DEMO-02", "fail", "error"), ("demo.screen/XMR", "DEMO-03", "review", "none"), ("demo.screen/SMALL", "DEMO-01", "fail", "warning"), ("demo.screen/SMALL", "DEMO-03", "open", "none")],
            results);

        // The rule file lies outside the working folder, so it is named by an absolute file URI, at the rule's id.
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(_rules).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((19, 6), (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Junit_has_one_testcase_per_entity_and_rule_with_failures_and_skips()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "junit");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var suite = Assert.Single(System.Xml.Linq.XDocument.Parse(result.Out).Root!.Elements("testsuite"));
        Assert.Equal(("demo.screen", "9", "3", "1"), ((string)suite.Attribute("name")!, (string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("skipped")!));
        var cases = suite.Elements("testcase").Select(c => (string)c.Attribute("name")! + " " + (c.Element("failure")?.Attribute("type")?.Value ?? c.Element("skipped")?.Attribute("message")?.Value ?? "pass")).ToList();
        Assert.Equal(
            [
                "BIG: DEMO-01 Large enough pass", "BIG: DEMO-02 No privacy features pass", "BIG: DEMO-03 Enough turnover per exchange pass",
                "XMR: DEMO-01 Large enough pass", "XMR: DEMO-02 No privacy features fail", "XMR: DEMO-03 Enough turnover per exchange error",
                "SMALL: DEMO-01 Large enough fail", "SMALL: DEMO-02 No privacy features pass",
                "SMALL: DEMO-03 Enough turnover per exchange unknown: missing asset.adv_30d, asset.domestic_handler_count",
            ],
            cases);
    }

    [Theory]
    [InlineData(null, ExitCodes.Success)]
    [InlineData("blocked", ExitCodes.Findings)]
    [InlineData("at-risk", ExitCodes.Findings)]
    [InlineData("needs-evidence", ExitCodes.Findings)]
    public void Fail_on_exits_1_when_a_verdict_is_that_bad_or_worse(string? failOn, int expected)
    {
        var args = new List<string> { "eval", "--rules", _rules, "--facts", _facts, "--format", "json" };
        if (failOn is not null)
        {
            args.AddRange(["--fail-on", failOn]);
        }

        Assert.Equal(expected, CliRun.InProcess([.. args]).ExitCode);
    }

    [Fact]
    public void Fail_on_blocked_ignores_a_lesser_verdict()
    {
        var facts = _folder.Write("facts/small.yaml", "as_of: 2026-01-09\nentities:\n  - { symbol: SMALL, market_cap: 5000000, has_privacy_feature: false }\n");

        Assert.Equal(ExitCodes.Success, CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--fail-on", "blocked").ExitCode);
        Assert.Equal(ExitCodes.Findings, CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--fail-on", "at-risk").ExitCode);
    }

    [Fact]
    public void No_as_of_anywhere_is_exit_2_and_no_results()
    {
        var facts = _folder.Write("facts/assets.csv", "symbol,market_cap[USD]\nBIG,2800000000\n");

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--format", "json");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error TAO6013: no evaluation date for 'demo.screen': give --as-of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_option_overrides_the_facts_file_and_must_be_a_real_date()
    {
        var given = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "json", "--as-of", "2026-03-31");
        var impossible = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--as-of", "2026-02-30");

        Assert.Equal(ExitCodes.Success, given.ExitCode);
        Assert.StartsWith("{\n  \"as_of\": \"2026-03-31\",", given.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, impossible.ExitCode);
        Assert.Equal(string.Empty, impossible.Out);
        Assert.Contains("--as-of '2026-02-30' is not a calendar date", impossible.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_param_override_changes_the_outcome()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "json", "--param", "demo.screen.min_cap=1_000_000 USD");

        using var json = JsonDocument.Parse(result.Out);
        var small = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("entity").GetString() == "SMALL" && r.GetProperty("rule").GetString() == "DEMO-01");
        Assert.Equal("pass", small.GetProperty("outcome").GetString());
    }

    [Fact]
    public void A_param_of_the_wrong_unit_is_exit_2_with_the_diagnostic()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--param", "demo.screen.min_cap=5 TAO");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error TAO3003", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("min_cap=5 USD", "is not of the form package.name=VALUE")]
    [InlineData("demo.screan.min_cap=5 USD", "names the package 'demo.screan', which is not among the rules; did you mean 'demo.screen'?")]
    public void A_malformed_param_is_exit_2(string param, string message)
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--param", param);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nan_infinity_out_of_range_strings_and_impossible_dates_in_facts_are_diagnostics_and_the_run_goes_on()
    {
        var facts = _folder.Write("facts/bad.yaml", """
            as_of: 2026-01-09
            entities:
              - { symbol: NAN, market_cap: .nan, adv_30d: .inf, has_privacy_feature: false }
              - { symbol: BIG, market_cap: 1e400, has_privacy_feature: false }
              - { symbol: STR, market_cap: "lots", has_privacy_feature: false }
              - { symbol: DAT, first_domestic_listing: 2026-02-30, market_cap: 200000000, has_privacy_feature: false }
            """);

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("bad.yaml(3,32): error TAO6009: 'market_cap' cannot be .nan", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml(3,47): error TAO6009: 'adv_30d' cannot be .inf", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml(4,32): error TAO6009", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml(5,32): error TAO6002: 'market_cap' must be a number in USD; got the string \"lots\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml(6,44): error TAO6009: 'first_domestic_listing' is '2026-02-30'", result.Error, StringComparison.Ordinal);

        // Bad facts are missing facts: the rules that need them are unknown, the others are judged.
        using var json = JsonDocument.Parse(result.Out);
        var outcomes = json.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("rule").GetString() == "DEMO-01")
            .Select(r => $"{r.GetProperty("entity").GetString()}:{r.GetProperty("outcome").GetString()}");
        Assert.Equal(["NAN:unknown", "BIG:unknown", "STR:unknown", "DAT:pass"], outcomes);
    }

    [Fact]
    public void A_csv_row_with_a_missing_column_is_skipped_with_its_row_and_the_others_are_evaluated()
    {
        var facts = _folder.Write("facts/rows.csv", "symbol,market_cap[USD],has_privacy_feature\nAAA,5,false\nBBB,7\nCCC,1000000000,false\n");

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--format", "json", "--as-of", "2026-01-09");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("rows.csv(3,1): error TAO6011: this row has 2 cells but the header has 3 columns; the row is skipped", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["AAA", "CCC"], json.RootElement.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("entity").GetString()));
    }

    [Fact]
    public void Division_by_zero_is_an_error_outcome_and_the_run_goes_on()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var error = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("entity").GetString() == "XMR" && r.GetProperty("rule").GetString() == "DEMO-03");
        Assert.Equal("error", error.GetProperty("outcome").GetString());
        Assert.Contains("division by zero", error.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public void A_current_waiver_gives_waived_and_an_expired_one_is_reported_and_not_applied()
    {
        var waivers = _folder.Write("waivers.yaml", """
            waivers:
              - { rule: DEMO-02, entity: XMR, reason: "Delisting in progress", approved_by: "J. Sato, CCO", expires: 2026-06-30 }
              - { rule: DEMO-01, entity: SMALL, reason: "Old exception", approved_by: "A. Chen", expires: 2025-12-31 }
            """);

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--waivers", waivers);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("XMR     demo.screen  DEMO-02  waived   blocker   waived until 2026-06-30 by J. Sato, CCO: Delisting in progress", result.OutLines);
        Assert.Contains("SMALL   demo.screen  DEMO-01  fail     major     SMALL has a market cap of 5000000 USD", result.OutLines);
        Assert.Contains("note: the waiver of DEMO-01 for SMALL (approved by A. Chen) expired on 2025-12-31; it is not applied", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_waiver_file_is_exit_2()
    {
        var waivers = _folder.Write("waivers.yaml", "waivers:\n  - { rule: DEMO-02, entity: XMR }\n");

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--waivers", waivers);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error TAO6006", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_may_repeat_and_packs_of_another_kind_are_skipped_with_a_note()
    {
        var subnets = _folder.Write("other/subnets.rules", EvaluationSamples.SubnetPack);

        var result = CliRun.InProcess("eval", "--rules", _rules, "--rules", subnets, "--facts", _facts, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("note: the package 'demo.subnets' judges 'subnet' entities and the facts are 'asset' entities; it is skipped.", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("demo.screen", r.GetProperty("pack").GetString()));
    }

    [Fact]
    public void Facts_of_no_kind_the_rules_judge_are_exit_2()
    {
        var subnets = _folder.Write("other/subnets.rules", EvaluationSamples.SubnetPack);

        var result = CliRun.InProcess("eval", "--rules", subnets, "--facts", _facts);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("are of none of the kinds the rules judge (subnet)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_the_rules_are_msbuild_lines_on_stdout_and_exit_1()
    {
        var rules = _folder.Write("broken/demo.rules", EvaluationSamples.Pack.Replace("asset.market_cap >= min_cap", "asset.market_kap >= min_cap", StringComparison.Ordinal));

        var result = CliRun.InProcess("eval", "--rules", rules, "--facts", _facts);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains($"{rules}(15,17): error TAO3001: unknown field 'asset.market_kap'; did you mean 'asset.market_cap'?", result.OutLines);
    }

    [Theory]
    [InlineData("nowhere.yaml", "cannot read the facts")]
    [InlineData("facts.txt", "is not a fact file")]
    public void Unreadable_facts_are_exit_2(string name, string message)
    {
        var path = name == "facts.txt" ? _folder.Write(name, "x") : Path.Combine(_folder.Path, name);

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_is_streamed_in_batches_and_every_entity_is_written_once_in_file_order()
    {
        var lines = new System.Text.StringBuilder("{\"kind\": \"asset\", \"as_of\": \"2026-01-09\"}\n");
        for (var i = 0; i < 9_000; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"{{\"symbol\": \"S{i:D5}\", \"market_cap\": {i * 100_000}, \"has_privacy_feature\": {(i % 7 == 0 ? "true" : "false")}}}\n");
        }

        var facts = _folder.Write("facts/many.jsonl", lines.ToString());

        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var verdicts = json.RootElement.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("entity").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 9_000).Select(i => $"S{i:D5}"), verdicts);
        Assert.Equal(27_000, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(9_000, json.RootElement.GetProperty("derived").GetArrayLength());
        Assert.DoesNotContain("evaluated", result.Error, StringComparison.Ordinal); // no progress: stderr is not a terminal here
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("table")]
    [InlineData("sarif")]
    [InlineData("junit")]
    public void Output_is_the_same_bytes_under_german_and_turkish_cultures(string format)
    {
        var facts = _folder.Write("facts/decimals.yaml", "as_of: 2026-01-09\nentities:\n  - { symbol: DEC, market_cap: 1234567.25, has_privacy_feature: false, adv_30d: 0.5, domestic_handler_count: 2 }\n");
        var outputs = new[] { "en-US", "de-DE", "tr-TR" }.Select(name => InCulture.Run(
            CultureInfo.GetCultureInfo(name),
            () => CliRun.InProcess("eval", "--rules", _rules, "--facts", facts, "--format", format, "--param", "demo.screen.min_cap=1_500_000.5 USD").Out)).ToList();

        Assert.Contains("1234567.25 USD", outputs[0], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }

    [Fact]
    public void Schemas_among_the_rules_are_used_for_the_facts()
    {
        var schema = _folder.Write("custom/token.schema.yaml", "kind: token\nkey: id\nfields:\n  id: { type: string, required: true }\n  supply: { type: number }\n");
        var rules = _folder.Write("custom/token.rules", """
            package demo.tokens
              title "Token screen"
              applies to token
              jurisdiction JP
              version "2026.1"
              effective 2026-01-01

            rule TOK-01 "Has a supply"
              severity major
              cite "Demo policy 7"
              require token.supply > 0
              because "{token.id} has no supply"
            """);
        var facts = _folder.Write("facts/tokens.yaml", "kind: token\nas_of: 2026-01-09\nentities:\n  - { id: T1, supply: 10 }\n  - { id: T2, supply: 0 }\n");

        var result = CliRun.InProcess("eval", "--rules", Path.GetDirectoryName(schema)!, "--facts", facts, "--format", "csv");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("T1,demo.tokens,TOK-01,pass,major,ready,,", result.Out, StringComparison.Ordinal);
        Assert.Contains("T2,demo.tokens,TOK-01,fail,major,at-risk,,", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(rules));
    }
}
