using Tao.Rules.Evaluation;
using Tao.Rules.Evaluation.Diffing;
using Tao.Rules.Facts;
using Tao.Rules.Text;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation.Diffing;

/// <summary>Which rule outcomes and verdicts change between two evaluations, and why.</summary>
public sealed class EvaluationComparerTests
{
    private const string Pack = """
        package d
          applies to asset
        param min_handlers = 3
        let handled_widely = asset.domestic_handler_count >= min_handlers
        rule D-01 "Handled widely"
          severity major
          require asset.domestic_handler_count >= min_handlers
        rule D-02 "No privacy"
          severity blocker
          require not asset.has_privacy_feature
        """;

    private const string Facts = """
        as_of: 2026-01-09
        entities:
          - { symbol: AAA, name: A, domestic_handler_count: 3, has_privacy_feature: false }
          - { symbol: BBB, name: B, domestic_handler_count: 5, has_privacy_feature: false }
          - { symbol: CCC, name: C, domestic_handler_count: 1, has_privacy_feature: false }
        """;

    [Fact]
    public void Identical_runs_change_nothing_and_count_every_entity_unchanged()
    {
        var diff = Compare(Pack, Facts, Pack, Facts);
        Assert.True(diff.IsEmpty);
        Assert.Equal(3, diff.EntityCount);
        Assert.Equal(3, diff.UnchangedEntityCount);
        Assert.True(Assert.Single(diff.Packs).IsEmpty);
    }

    [Fact]
    public void Comments_and_layout_are_not_a_rule_change()
    {
        var reformatted = Pack.Replace("require asset.domestic_handler_count >= min_handlers", "# reworded\n  require asset.domestic_handler_count   >=\n min_handlers", StringComparison.Ordinal)
            .Replace("\"Handled widely\"", "\"Handled by many firms\"", StringComparison.Ordinal);
        var diff = Compare(Pack, Facts, reformatted, Facts);
        Assert.True(diff.IsEmpty, string.Join("\n", diff.Changes));
        Assert.True(Assert.Single(diff.Packs).IsEmpty);
    }

    [Fact]
    public void A_raised_threshold_flips_the_asset_at_the_old_threshold_and_names_the_clause()
    {
        var after = Pack.Replace("require asset.domestic_handler_count >= min_handlers", "require asset.domestic_handler_count >= 4", StringComparison.Ordinal);
        var diff = Compare(Pack, Facts, after, Facts);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("d", "AAA", Verdict.Ready, Verdict.AtRisk), (change.Pack, change.Entity, change.Before!.Value, change.After!.Value));
        var rule = Assert.Single(change.Rules);
        Assert.Equal(("D-01", Outcome.Pass, Outcome.Fail), (rule.RuleId, rule.Before!.Value, rule.After!.Value));
        var reason = Assert.Single(rule.Reasons);
        Assert.Equal(new ChangeReason(ChangeReasonKind.RuleText, "require", "asset.domestic_handler_count >= min_handlers", "asset.domestic_handler_count >= 4"), reason);
        Assert.Equal("rule require: asset.domestic_handler_count >= min_handlers -> asset.domestic_handler_count >= 4", reason.ToString());
        Assert.Equal("rule require: asset.domestic_handler_count >= min_handlers → asset.domestic_handler_count >= 4", reason.Describe("→"));
        Assert.Equal(2, diff.UnchangedEntityCount);
        Assert.Equal(["D-01"], Assert.Single(diff.Packs).RulesChanged);
        Assert.Equal([(Verdict.Ready, Verdict.AtRisk, 1)], diff.VerdictFlips().Select(f => (f.Before!.Value, f.After!.Value, f.Count)));
    }

    [Fact]
    public void A_param_override_is_the_reason_and_names_old_and_new_values()
    {
        var pack = Compile(Pack);
        var facts = LoadFacts(pack, Facts);
        var before = pack.Evaluate(facts, new EvaluationOptions());
        var after = pack.Evaluate(facts, new EvaluationOptions { Params = [new ParamOverride("d", "min_handlers", "4")] });
        var diff = EvaluationComparer.Compare([before], [after]);

        var change = Assert.Single(diff.Changes);
        Assert.Equal("AAA", change.Entity);
        var reason = Assert.Single(Assert.Single(change.Rules).Reasons);
        Assert.Equal(new ChangeReason(ChangeReasonKind.Param, "min_handlers", "3", "4"), reason);
        Assert.Equal([new ChangeReason(ChangeReasonKind.Param, "min_handlers", "3", "4")], Assert.Single(diff.Packs).Params);
    }

    [Fact]
    public void A_changed_fact_is_the_reason_and_an_unread_fact_changes_nothing()
    {
        var afterFacts = Facts.Replace("symbol: AAA, name: A, domestic_handler_count: 3", "symbol: AAA, name: A, domestic_handler_count: 2", StringComparison.Ordinal)
            .Replace("symbol: BBB, name: B", "symbol: BBB, name: Bee", StringComparison.Ordinal);
        var diff = Compare(Pack, Facts, Pack, afterFacts);

        var change = Assert.Single(diff.Changes);
        Assert.Equal("AAA", change.Entity);
        var reason = Assert.Single(Assert.Single(change.Rules).Reasons);
        Assert.Equal(new ChangeReason(ChangeReasonKind.Fact, "asset.domestic_handler_count", "3", "2"), reason);
        Assert.True(Assert.Single(diff.Packs).IsEmpty);
    }

    [Fact]
    public void A_fact_that_goes_missing_makes_the_rule_unknown()
    {
        var afterFacts = Facts.Replace("symbol: CCC, name: C, domestic_handler_count: 1, ", "symbol: CCC, name: C, ", StringComparison.Ordinal);
        var change = Assert.Single(Compare(Pack, Facts, Pack, afterFacts).Changes);
        var rule = Assert.Single(change.Rules);
        Assert.Equal((Outcome.Fail, Outcome.Unknown), (rule.Before!.Value, rule.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.Fact, "asset.domestic_handler_count", "1", "missing"), Assert.Single(rule.Reasons));
        Assert.Equal((Verdict.AtRisk, Verdict.NeedsEvidence), (change.Before!.Value, change.After!.Value));
        Assert.True(change.VerdictChanged);
    }

    [Fact]
    public void An_added_rule_is_listed_only_where_it_decides_something()
    {
        var after = Pack + """

            rule D-03 "At least two handlers"
              severity blocker
              require asset.domestic_handler_count >= 2
            """;
        var diff = Compare(Pack, Facts, after, Facts);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("CCC", Verdict.AtRisk, Verdict.Blocked), (change.Entity, change.Before!.Value, change.After!.Value));
        var rule = Assert.Single(change.Rules);
        Assert.Equal(("D-03", (Outcome?)null, Outcome.Fail), (rule.RuleId, rule.Before, rule.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.RuleAdded, "D-03", null, null), Assert.Single(rule.Reasons));
        Assert.Equal(["D-03"], Assert.Single(diff.Packs).RulesAdded);
    }

    [Fact]
    public void A_removed_rule_lifts_the_verdicts_it_decided()
    {
        var after = Pack.Replace("""
            rule D-01 "Handled widely"
              severity major
              require asset.domestic_handler_count >= min_handlers

            """.ReplaceLineEndings("\n"), string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("D-01", after, StringComparison.Ordinal);
        var diff = Compare(Pack, Facts, after, Facts);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("CCC", Verdict.AtRisk, Verdict.Ready), (change.Entity, change.Before!.Value, change.After!.Value));
        var rule = Assert.Single(change.Rules);
        Assert.Equal(new ChangeReason(ChangeReasonKind.RuleRemoved, "D-01", null, null), Assert.Single(rule.Reasons));
        Assert.Equal(["D-01"], Assert.Single(diff.Packs).RulesRemoved);
    }

    [Fact]
    public void A_changed_let_the_rule_reads_is_the_reason()
    {
        var before = Pack.Replace("require asset.domestic_handler_count >= min_handlers", "require handled_widely", StringComparison.Ordinal);
        var after = before.Replace("let handled_widely = asset.domestic_handler_count >= min_handlers", "let handled_widely = asset.domestic_handler_count > min_handlers", StringComparison.Ordinal);
        var change = Assert.Single(Compare(before, Facts, after, Facts).Changes);
        Assert.Equal("AAA", change.Entity);
        Assert.Equal(
            new ChangeReason(ChangeReasonKind.Let, "handled_widely", "asset.domestic_handler_count >= min_handlers", "asset.domestic_handler_count > min_handlers"),
            Assert.Single(Assert.Single(change.Rules).Reasons));
    }

    [Fact]
    public void A_raised_severity_changes_the_verdict_with_the_same_outcome()
    {
        var after = Pack.Replace("severity major", "severity blocker", StringComparison.Ordinal);
        var change = Assert.Single(Compare(Pack, Facts, after, Facts).Changes);
        Assert.Equal(("CCC", Verdict.AtRisk, Verdict.Blocked), (change.Entity, change.Before!.Value, change.After!.Value));
        var rule = Assert.Single(change.Rules);
        Assert.Equal((Outcome.Fail, Outcome.Fail, RuleSeverity.Major, RuleSeverity.Blocker), (rule.Before!.Value, rule.After!.Value, rule.SeverityBefore!.Value, rule.SeverityAfter!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.RuleText, "severity", "major", "blocker"), Assert.Single(rule.Reasons));
    }

    [Fact]
    public void A_waiver_on_one_side_is_the_reason()
    {
        var pack = Compile(Pack);
        var facts = LoadFacts(pack, Facts);
        var waiver = new Waiver("D-01", "CCC", "individual screening", "committee", new DateTime(2026, 6, 30), Location.ForFile("waivers.yaml"));
        var diff = EvaluationComparer.Compare([pack.Evaluate(facts, new EvaluationOptions())], [pack.Evaluate(facts, new EvaluationOptions { Waivers = [waiver] })]);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("CCC", Verdict.AtRisk, Verdict.Ready), (change.Entity, change.Before!.Value, change.After!.Value));
        var rule = Assert.Single(change.Rules);
        Assert.Equal((Outcome.Fail, Outcome.Waived), (rule.Before!.Value, rule.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.Waiver, "D-01", null, "until 2026-06-30, approved by committee"), Assert.Single(rule.Reasons));
    }

    [Fact]
    public void A_later_evaluation_date_is_the_reason_for_a_rule_that_reads_as_of()
    {
        const string dated = """
            package t
              applies to asset
            rule T-01 "Listed six months ago"
              severity major
              require asset.first_domestic_listing + 6 months <= as_of
            """;
        const string facts = """
            as_of: 2026-01-09
            entities:
              - { symbol: NEW, first_domestic_listing: 2025-12-01 }
            """;
        var pack = Compile(dated);
        var table = LoadFacts(pack, facts);
        var diff = EvaluationComparer.Compare(
            [pack.Evaluate(table, new EvaluationOptions())],
            [pack.Evaluate(table, new EvaluationOptions { AsOf = new DateTime(2026, 7, 1) })]);
        var rule = Assert.Single(Assert.Single(diff.Changes).Rules);
        Assert.Equal((Outcome.Fail, Outcome.Pass), (rule.Before!.Value, rule.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.AsOf, "as_of", "2026-01-09", "2026-07-01"), Assert.Single(rule.Reasons));
        Assert.Equal((new DateTime(2026, 1, 9), new DateTime(2026, 7, 1)), (diff.AsOfBefore!.Value, diff.AsOfAfter!.Value));
    }

    [Fact]
    public void An_added_entity_shows_its_verdict_and_only_the_rules_that_decide_something()
    {
        var afterFacts = Facts + "\n  - { symbol: DDD, name: D, domestic_handler_count: 9, has_privacy_feature: true }\n";
        var diff = Compare(Pack, Facts, Pack, afterFacts);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("DDD", (Verdict?)null, Verdict.Blocked), (change.Entity, change.Before, change.After!.Value));
        var rule = Assert.Single(change.Rules);
        Assert.Equal(("D-02", Outcome.Fail), (rule.RuleId, rule.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.EntityAdded, "DDD", null, null), Assert.Single(rule.Reasons));
        Assert.Equal((4, 1, 3), (diff.EntityCount, diff.ChangedEntityCount, diff.UnchangedEntityCount));
    }

    [Fact]
    public void Another_entity_moving_a_population_aggregate_is_the_population_reason()
    {
        const string shares = """
            package p
              applies to asset
            let total = sum(all asset.market_cap)
            rule P-01 "Less than half of the market"
              severity major
              require asset.market_cap / total < 0.5
            """;
        const string before = """
            as_of: 2026-01-09
            entities:
              - { symbol: AAA, market_cap: 40 }
              - { symbol: BBB, market_cap: 30 }
              - { symbol: CCC, market_cap: 30 }
            """;
        var after = before.Replace("market_cap: 30", "market_cap: 10", StringComparison.Ordinal);
        var diff = Compare(shares, before, shares, after);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("AAA", Verdict.Ready, Verdict.AtRisk), (change.Entity, change.Before!.Value, change.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.Population, "other entities' facts", null, null), Assert.Single(Assert.Single(change.Rules).Reasons));
    }

    [Fact]
    public void An_added_pack_gives_every_entity_a_verdict_and_lists_only_the_rules_that_decide_something()
    {
        var diff = EvaluationComparer.Compare([], [Evaluate(Pack, Facts)]);

        Assert.Equal(["AAA ready", "BBB ready", "CCC at-risk"], diff.Changes.Select(c => $"{c.Entity} {EvaluationResult.VerdictText(c.After!.Value)}"));
        Assert.All(diff.Changes, c => Assert.Null(c.Before));
        var rule = Assert.Single(diff.Changes.SelectMany(c => c.Rules));
        Assert.Equal(("D-01", Outcome.Fail), (rule.RuleId, rule.After!.Value));
        Assert.Equal(new ChangeReason(ChangeReasonKind.PackAdded, "d", null, null), Assert.Single(rule.Reasons));
        var pack = Assert.Single(diff.Packs);
        Assert.Equal((false, true), (pack.ExistsBefore, pack.ExistsAfter));
        Assert.Null(diff.AsOfBefore);
    }

    [Fact]
    public void Two_results_of_one_pack_on_a_side_are_refused()
    {
        var pack = Compile(Pack);
        var result = pack.Evaluate(LoadFacts(pack, Facts), new EvaluationOptions());
        Assert.Throws<ArgumentException>(() => EvaluationComparer.Compare([result, result], [result]));
    }

    private static EvaluationDiff Compare(string packBefore, string factsBefore, string packAfter, string factsAfter) =>
        EvaluationComparer.Compare([Evaluate(packBefore, factsBefore)], [Evaluate(packAfter, factsAfter)]);
}
