using Tao.Rules.Cli.Tests;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.History.Tests;

public sealed class TimelineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HistoryStore _store;

    public TimelineTests()
    {
        _store = HistoryStore.OpenOrCreate(Path.Combine(_folder.Path, "history.db"), new DiagnosticBag())!;
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Shows_the_first_run_then_only_the_runs_that_changed_something()
    {
        Append(SampleRuns.Run("2026-01-09", Outcome.Pass));
        Append(SampleRuns.Run("2026-02-09", Outcome.Pass));
        Append(SampleRuns.Run("2026-03-09", Outcome.Fail, version: "2026.2", source: SampleRuns.SourceV2));
        Append(SampleRuns.Run("2026-04-09", Outcome.Fail, version: "2026.2", source: SampleRuns.SourceV2));
        Append(SampleRuns.Run("2026-05-09", Outcome.Pass, Outcome.Fail, version: "2026.2", source: SampleRuns.SourceV2));

        var timeline = _store.Timeline("BTC");

        Assert.Equal("BTC", timeline.Entity);
        Assert.Equal(5, timeline.RunCount);
        Assert.Equal(
        [
            "1 2026-01-09 2026.1 1111 DEMO-01 pass <- (first)",
            "1 2026-01-09 2026.1 1111 DEMO-02 pass <- (first)",
            "1 2026-01-09 2026.1 1111 (verdict) ready <- (first)",
            "3 2026-03-09 2026.2 2222 DEMO-01 fail <- pass@2",
            "3 2026-03-09 2026.2 2222 (verdict) at-risk <- ready@2",
            "5 2026-05-09 2026.2 2222 DEMO-01 pass <- fail@4",
            "5 2026-05-09 2026.2 2222 DEMO-02 fail <- pass@4",
            "5 2026-05-09 2026.2 2222 (verdict) blocked <- at-risk@4",
        ],
        timeline.Changes.Select(Describe));
        Assert.Equal("major", timeline.Changes[3].Severity);
        Assert.Null(timeline.Changes[4].Severity);
    }

    [Fact]
    public void A_rule_filter_answers_when_the_entity_first_failed_it_and_under_which_version()
    {
        Append(SampleRuns.Run("2026-01-09", Outcome.Pass));
        Append(SampleRuns.Run("2026-03-09", Outcome.Fail, version: "2026.2", source: SampleRuns.SourceV2));

        var timeline = _store.Timeline("BTC", rule: "DEMO-01");

        Assert.Equal(["1 2026-01-09 2026.1 1111 DEMO-01 pass <- (first)", "2 2026-03-09 2026.2 2222 DEMO-01 fail <- pass@1"], timeline.Changes.Select(Describe));
        Assert.Equal(SampleRuns.SourceV2, timeline.Changes[1].SourceSha256);
    }

    [Fact]
    public void A_param_override_shows_beside_the_change_it_caused()
    {
        Append(SampleRuns.Run("2026-01-09", Outcome.Pass));
        Append(SampleRuns.Run("2026-01-09", Outcome.Fail, @params: [new ParamRecord("min_cap", "5000000000 USD", true)]));

        var change = _store.Timeline("BTC", rule: "DEMO-01").Changes[^1];

        Assert.Equal((2L, "fail", "pass"), (change.Run, change.Value, change.Previous));
        Assert.Equal([new ParamRecord("min_cap", "5000000000 USD", true)], change.Overrides);
        Assert.Empty(_store.Timeline("BTC", rule: "DEMO-01").Changes[0].Overrides);
    }

    [Fact]
    public void Filters_by_pack_and_leaves_other_entities_out()
    {
        Append(SampleRuns.Run("2026-01-09", Outcome.Fail));

        Assert.Equal(
            ["1 2026-01-09 2026.1 1111 DEMO-01 pass <- (first)", "1 2026-01-09 2026.1 1111 DEMO-02 pass <- (first)", "1 2026-01-09 2026.1 1111 (verdict) ready <- (first)"],
            _store.Timeline("ETH", pack: "demo.screen").Changes.Select(Describe));
        Assert.Empty(_store.Timeline("ETH", pack: "other.pack").Changes);
    }

    [Fact]
    public void An_unknown_entity_has_an_empty_history()
    {
        Append(SampleRuns.Run("2026-01-09", Outcome.Fail));

        var timeline = _store.Timeline("NOPE");

        Assert.Equal("NOPE", timeline.Entity);
        Assert.Equal(0, timeline.RunCount);
        Assert.Empty(timeline.Changes);
    }

    [Fact]
    public void An_entity_missing_from_a_run_is_compared_with_the_last_run_that_had_it()
    {
        Append(SampleRuns.Run("2026-01-09", Outcome.Pass));
        Append(SampleRuns.Run("2026-02-09", Outcome.Pass, outcomes: [SampleRuns.Entity("ETH", Outcome.Pass, Outcome.Pass)]));
        Append(SampleRuns.Run("2026-03-09", Outcome.Fail));

        var timeline = _store.Timeline("BTC", rule: "DEMO-01");

        Assert.Equal(2, timeline.RunCount);
        Assert.Equal(["1 2026-01-09 2026.1 1111 DEMO-01 pass <- (first)", "3 2026-03-09 2026.1 1111 DEMO-01 fail <- pass@1"], timeline.Changes.Select(Describe));
    }

    private void Append(RunRecord run) => Assert.True(_store.TryAppend(run, new DiagnosticBag(), out _));

    private static string Describe(HistoryChange c) =>
        $"{c.Run} {c.AsOf} {c.PackVersion} {c.SourceSha256[..4]} {c.Rule ?? "(verdict)"} {c.Value} <- {(c.Previous is null ? "(first)" : c.Previous + "@" + c.PreviousRun)}";
}
