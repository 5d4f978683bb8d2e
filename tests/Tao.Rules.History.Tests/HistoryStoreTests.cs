using Tao.Rules.Cli.Tests;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.History.Tests;

public sealed class HistoryStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public HistoryStoreTests()
    {
        _path = Path.Combine(_folder.Path, "nested", "history.db");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_recorded_run_reads_back_with_its_inputs_and_outcomes()
    {
        using var store = Create();
        var @params = new[] { new ParamRecord("min_cap", "200000000 USD", true), new ParamRecord("min_handlers", "3", false) };

        var runNumber = Append(store, SampleRuns.Run("2026-01-09", Outcome.Fail, @params: @params) with
        {
            WaiversSha256 = "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd",
            RecordedAt = new DateTimeOffset(2026, 1, 9, 10, 30, 0, TimeSpan.FromHours(9)),
        });

        Assert.Equal(1, runNumber);
        var run = Assert.Single(store.Runs());
        Assert.Equal(
            new RecordedRun(1, "2026-01-09", "facts/assets.yaml", "abababababababababababababababababababababababababababababababab", "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd", "0.1.0-test", "2026-01-09T01:30:00.000Z", run.Packs),
            run);
        var pack = Assert.Single(run.Packs);
        Assert.Equal(("demo.screen", "2026.1", SampleRuns.SourceV1, SampleRuns.Schema), (pack.Name, pack.Version, pack.SourceSha256, pack.SchemaSha256));
        Assert.Equal(@params, pack.Params);

        Assert.Equal(4, RawDatabase.Scalar(_path, "SELECT count(*) FROM outcomes WHERE run = 1;"));
        Assert.Equal("fail", RawDatabase.Text(_path, "SELECT outcome FROM outcomes WHERE entity = 'BTC' AND rule = 'DEMO-01';"));
        Assert.Equal("major", RawDatabase.Text(_path, "SELECT severity FROM outcomes WHERE entity = 'BTC' AND rule = 'DEMO-01';"));
        Assert.Equal("blocker", RawDatabase.Text(_path, "SELECT severity FROM outcomes WHERE entity = 'BTC' AND rule = 'DEMO-02';"));
        Assert.Equal("at-risk", RawDatabase.Text(_path, "SELECT verdict FROM verdicts WHERE entity = 'BTC';"));
        Assert.Equal("ready", RawDatabase.Text(_path, "SELECT verdict FROM verdicts WHERE entity = 'ETH';"));
    }

    [Fact]
    public void Run_numbers_increase_by_one_from_one()
    {
        using var store = Create();

        var numbers = Enumerable.Range(0, 3).Select(_ => Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass))).ToArray();

        Assert.Equal([1L, 2L, 3L], numbers);
        Assert.Equal([1L, 2L, 3L], store.Runs().Select(r => r.Run));
    }

    [Fact]
    public void A_new_file_is_a_versioned_history_in_wal_mode()
    {
        using (Create())
        {
        }

        Assert.Equal(0x54414F52, RawDatabase.Scalar(_path, "PRAGMA application_id;"));
        Assert.Equal(1, RawDatabase.Scalar(_path, "PRAGMA user_version;"));
        Assert.Equal("wal", RawDatabase.Text(_path, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void An_empty_file_becomes_a_history()
    {
        _folder.Write("nested/history.db", string.Empty);

        using var store = Create();

        Assert.Equal(1, Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass)));
    }

    [Theory]
    [InlineData("runs", "as_of = '2000-01-01'")]
    [InlineData("packs", "version = 'forged'")]
    [InlineData("params", "value = '1 USD'")]
    [InlineData("outcomes", "outcome = 'pass'")]
    [InlineData("verdicts", "verdict = 'ready'")]
    public void Recorded_rows_can_be_neither_changed_nor_deleted(string table, string assignment)
    {
        using (var store = Create())
        {
            Append(store, SampleRuns.Run("2026-01-09", Outcome.Fail));
        }

        var before = RawDatabase.Scalar(_path, $"SELECT count(*) FROM {table};");
        using var connection = RawDatabase.Open(_path);

        var update = Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => RawDatabase.Execute(connection, $"UPDATE {table} SET {assignment};"));
        var delete = Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => RawDatabase.Execute(connection, $"DELETE FROM {table};"));

        Assert.Contains($"the history is append-only: {table} are never changed", update.Message, StringComparison.Ordinal);
        Assert.Contains($"the history is append-only: {table} are never deleted", delete.Message, StringComparison.Ordinal);
        Assert.Equal(before, RawDatabase.Scalar(connection, $"SELECT count(*) FROM {table};"));
        Assert.True(before > 0);
    }

    [Fact]
    public void A_run_that_fails_midway_leaves_no_trace()
    {
        using var store = Create();
        Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass));

        var failing = SampleRuns.Run("2026-01-10", Outcome.Fail) with { Outcomes = ThrowAfter(SampleRuns.Many(5_000), 3_000) };
        var exception = Assert.Throws<InvalidOperationException>(() => store.TryAppend(failing, new DiagnosticBag(), out _));

        Assert.Equal("the evaluation broke off", exception.Message);
        AssertOnlyFirstRun();
        Assert.Equal(2, Append(store, SampleRuns.Run("2026-01-11", Outcome.Pass)));
    }

    [Fact]
    public void A_run_cancelled_midway_leaves_no_trace()
    {
        using var store = Create();
        Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass));
        using var cancellation = new CancellationTokenSource();

        var cancelled = SampleRuns.Run("2026-01-10", Outcome.Fail) with { Outcomes = CancelAfter(SampleRuns.Many(5_000), 3_000, cancellation) };

        Assert.ThrowsAny<OperationCanceledException>(() => store.TryAppend(cancelled, new DiagnosticBag(), out _, cancellation.Token));
        AssertOnlyFirstRun();
    }

    [Fact]
    public void A_run_whose_process_dies_midway_leaves_no_trace()
    {
        using (var store = Create())
        {
            Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass));
        }

        // What a killed process leaves: a write transaction that never committed. Closing the connection without
        // COMMIT is the same for SQLite as the process dying: the next reader sees nothing of it.
        using (var connection = RawDatabase.Open(_path))
        {
            RawDatabase.Execute(connection, "BEGIN IMMEDIATE;");
            RawDatabase.Execute(connection, "INSERT INTO runs (as_of, facts, facts_sha256, tool_version) VALUES ('2026-01-10', 'f', 'h', 'v');");
            RawDatabase.Execute(connection, "INSERT INTO packs (run, pack, source_sha256, schema_sha256) VALUES (2, 'demo.screen', 's', 's');");
        }

        AssertOnlyFirstRun();
    }

    [Fact]
    public void Outcomes_that_do_not_follow_the_pack_rules_are_refused_whole()
    {
        using var store = Create();
        var wrong = SampleRuns.Run("2026-01-09", Outcome.Pass, outcomes: [new EntityOutcomes("BTC", "demo.screen", Verdict.Ready, [Outcome.Pass])]);

        Assert.Throws<ArgumentException>(() => store.TryAppend(wrong, new DiagnosticBag(), out _));

        Assert.Equal(0, RawDatabase.Scalar(_path, "SELECT count(*) FROM runs;"));
    }

    [Fact]
    public void Two_writers_recording_at_the_same_moment_both_land()
    {
        using (Create())
        {
        }

        const int runsEach = 15;
        using var start = new Barrier(2);
        var numbers = new long[2][];
        var threads = Enumerable.Range(0, 2).Select(writer => new Thread(() =>
        {
            using var store = HistoryStore.OpenOrCreate(_path, new DiagnosticBag())!;
            start.SignalAndWait();
            numbers[writer] = Enumerable.Range(0, runsEach)
                .Select(i => Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass, outcomes: SampleRuns.Many(200))))
                .ToArray();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Enumerable.Range(1, 2 * runsEach).Select(n => (long)n), numbers.SelectMany(n => n).Order());
        Assert.Equal(2 * runsEach * 200 * 2, RawDatabase.Scalar(_path, "SELECT count(*) FROM outcomes;"));
        Assert.Equal(0, RawDatabase.Scalar(_path, "SELECT count(*) FROM (SELECT run FROM outcomes GROUP BY run HAVING count(*) <> 400);"));
    }

    [Fact]
    public void Two_new_writers_creating_the_same_file_both_land()
    {
        using var start = new Barrier(2);
        var numbers = new long[2];
        var threads = Enumerable.Range(0, 2).Select(writer => new Thread(() =>
        {
            start.SignalAndWait();
            using var store = HistoryStore.OpenOrCreate(_path, new DiagnosticBag())!;
            numbers[writer] = Append(store, SampleRuns.Run("2026-01-09", Outcome.Pass));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal([1L, 2L], numbers.Order());
    }

    [Fact]
    public void A_writer_that_waits_too_long_reports_TAO9008_and_records_nothing()
    {
        using (Create())
        {
        }

        using var holder = RawDatabase.Open(_path);
        RawDatabase.Execute(holder, "BEGIN IMMEDIATE;");
        var diagnostics = new DiagnosticBag();
        using var store = HistoryStore.OpenOrCreate(_path, diagnostics, TimeSpan.FromMilliseconds(300))!;

        var recorded = store.TryAppend(SampleRuns.Run("2026-01-09", Outcome.Pass), diagnostics, out var runNumber);
        RawDatabase.Execute(holder, "ROLLBACK;");

        Assert.False(recorded);
        Assert.Equal(0, runNumber);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("TAO9008", diagnostic.Id);
        Assert.Equal(_path + "(1,1): error TAO9008: other writers held the history for more than 0.3 seconds; the run was not recorded", diagnostic.ToString());
        Assert.Equal(0, RawDatabase.Scalar(_path, "SELECT count(*) FROM runs;"));
    }

    private HistoryStore Create()
    {
        var diagnostics = new DiagnosticBag();
        var store = HistoryStore.OpenOrCreate(_path, diagnostics);
        Assert.Empty(diagnostics);
        return store!;
    }

    private static long Append(HistoryStore store, RunRecord run)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(store.TryAppend(run, diagnostics, out var runNumber), string.Join("\n", diagnostics));
        return runNumber;
    }

    private void AssertOnlyFirstRun()
    {
        Assert.Equal(1, RawDatabase.Scalar(_path, "SELECT count(*) FROM runs;"));
        Assert.Equal(1, RawDatabase.Scalar(_path, "SELECT count(*) FROM packs;"));
        Assert.Equal(1, RawDatabase.Scalar(_path, "SELECT count(*) FROM params;"));
        Assert.Equal(4, RawDatabase.Scalar(_path, "SELECT count(*) FROM outcomes;"));
        Assert.Equal(2, RawDatabase.Scalar(_path, "SELECT count(*) FROM verdicts;"));
        Assert.Equal(0, RawDatabase.Scalar(_path, "SELECT count(*) FROM outcomes WHERE run <> 1;"));
    }

    private static IEnumerable<EntityOutcomes> ThrowAfter(IEnumerable<EntityOutcomes> outcomes, int count)
    {
        foreach (var (entity, index) in outcomes.Select((e, i) => (e, i)))
        {
            if (index == count)
            {
                throw new InvalidOperationException("the evaluation broke off");
            }

            yield return entity;
        }
    }

    private static IEnumerable<EntityOutcomes> CancelAfter(IEnumerable<EntityOutcomes> outcomes, int count, CancellationTokenSource cancellation)
    {
        foreach (var (entity, index) in outcomes.Select((e, i) => (e, i)))
        {
            if (index == count)
            {
                cancellation.Cancel();
            }

            yield return entity;
        }
    }
}
