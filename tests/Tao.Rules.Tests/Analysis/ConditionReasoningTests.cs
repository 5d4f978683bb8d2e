using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Analysis;

/// <summary>
/// TAO4006, TAO4007, TAO4010 and TAO4011 from reasoning over conditions: intervals in base units, enum and text sets,
/// booleans, params kept symbolic, and Kleene logic (a condition is judged on entities whose facts are known).
/// </summary>
public sealed class ConditionReasoningTests
{
    /// <summary>A rule at line <c>start</c>: its when (if any) on the 4th line, its require on the 4th (or 5th) line, col 11.</summary>
    private static string Rule(string id, string require, string? when = null) =>
        $"rule {id} \"r\"\n  severity major\n  cite \"c\"\n" + (when is null ? string.Empty : $"  when {when}\n") + $"  require {require}\n  because \"b\"\n";

    private static string[] LintRules(string id, params string[] rules) => Lint(Pack(string.Concat(rules)), id);

    private static string[] LintSubnet(string id, params string[] rules) => Lint(Pack(string.Concat(rules), "subnet"), id);

    [Fact]
    public void TAO4007_bounds_compared_in_base_units()
    {
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'subnet.tao_in > 1 TAO' and 'subnet.tao_in < 500_000_000 rao' cannot both hold"],
            LintSubnet("TAO4007", Rule("R-01", "subnet.tao_in > 1 TAO and subnet.tao_in < 500_000_000 rao")));
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.custody_cold_ratio >= 95 %' and 'asset.custody_cold_ratio < 9_000 bps' cannot both hold"],
            LintRules("TAO4007", Rule("R-01", "asset.custody_cold_ratio >= 95 % and asset.custody_cold_ratio < 9_000 bps")));
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.cftc_futures_months > 1 years' and 'asset.cftc_futures_months <= 12 months' cannot both hold"],
            LintRules("TAO4007", Rule("R-01", "asset.cftc_futures_months > 1 years and asset.cftc_futures_months <= 12 months")));
    }

    [Fact]
    public void TAO4007_satisfiable_across_scales_is_not_reported()
    {
        Assert.Empty(LintSubnet("TAO4007", Rule("R-01", "subnet.tao_in > 1 TAO and subnet.tao_in < 1_500_000_000 rao")));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "asset.cftc_futures_months >= 1 years and asset.cftc_futures_months <= 12 months")));
    }

    [Fact]
    public void TAO4007_a_different_currency_is_not_comparable()
    {
        // The binder reports the mismatch; the reasoning never compares 10 USD with 5 EUR as numbers.
        var diagnostics = Lines(Bind(Pack(Rule("R-01", "asset.market_cap > 10 USD and asset.market_cap < 5 EUR")), lint: true).Diagnostics);
        Assert.Contains(diagnostics, d => d.Contains("TAO3003", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains("TAO4007", StringComparison.Ordinal) || d.Contains("TAO4010", StringComparison.Ordinal));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "asset.market_cap > 10 USD and asset.adv_30d < 5 USD")));
    }

    [Fact]
    public void TAO4007_enum_sets()
    {
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.asset_type in [\"native\"]' and 'asset.asset_type == \"token\"' cannot both hold"],
            LintRules("TAO4007", Rule("R-01", "asset.asset_type in [\"native\"] and asset.asset_type == \"token\"")));

        // An enum has only its values: excluding all four leaves nothing.
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.asset_type != \"native\"', 'asset.asset_type != \"token\"', 'asset.asset_type not in [\"stablecoin\"]' and 'asset.asset_type != \"security\"' cannot all hold"],
            LintRules("TAO4007", Rule("R-01", "asset.asset_type != \"native\" and asset.asset_type != \"token\" and asset.asset_type not in [\"stablecoin\"] and asset.asset_type != \"security\"")));

        // A plain string field has other values.
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "asset.chain != \"a\" and asset.chain != \"b\"")));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "asset.asset_type != \"native\" and asset.asset_type != \"token\" and asset.asset_type != \"stablecoin\"")));
    }

    [Fact]
    public void TAO4007_require_against_its_own_when()
    {
        Assert.Equal(
            ["(7,11): TAO4007: this 'require' can never hold: 'asset.audit_count > 5' and 'asset.audit_count < 3' cannot both hold"],
            LintRules("TAO4007", Rule("R-01", "asset.audit_count < 3", when: "asset.asset_type == \"token\" and asset.audit_count > 5")));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "asset.audit_count < 3", when: "asset.asset_type == \"token\" or asset.audit_count > 5")));
    }

    [Fact]
    public void TAO4007_every_branch_of_an_or_is_empty()
    {
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: '(asset.audit_count > 5 and asset.audit_count < 3) or (asset.audit_count > 9 and asset.audit_count < 7)' can never hold"],
            LintRules("TAO4007", Rule("R-01", "(asset.audit_count > 5 and asset.audit_count < 3) or (asset.audit_count > 9 and asset.audit_count < 7)")));
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.isg_market' and 'not asset.isg_market' cannot both hold"],
            LintRules("TAO4007", Rule("R-01", "asset.isg_market and asset.audit_count > 1 and not asset.isg_market")));
    }

    [Fact]
    public void TAO4007_lets_expand_and_params_stay_symbolic()
    {
        Assert.Equal(
            ["(7,11): TAO4007: this 'require' can never hold: 'audited' and 'asset.audit_count < 1' cannot both hold"],
            LintRules("TAO4007", "let audited = asset.audit_count >= 2\n", Rule("R-01", "audited and asset.audit_count < 1")));
        Assert.Equal(
            ["(7,11): TAO4007: this 'require' can never hold: 'asset.audit_count >= n' and 'asset.audit_count < n' cannot both hold"],
            LintRules("TAO4007", "param n = 2\n", Rule("R-01", "asset.audit_count >= n and asset.audit_count < n")));
        Assert.Empty(LintRules("TAO4007", "param n = 2\nparam m = 1\n", Rule("R-01", "asset.audit_count >= n and asset.audit_count < m")));
    }

    [Fact]
    public void TAO4006_always_true_whenever_the_facts_are_known()
    {
        Assert.Equal(
            ["(6,11): TAO4006: this 'require' is always true whenever its facts are known; the rule can never fail"],
            LintRules("TAO4006", Rule("R-01", "asset.isg_market or not asset.isg_market")));
        Assert.Equal(
            ["(6,11): TAO4006: this 'require' is always true whenever its facts are known; the rule can never fail"],
            LintRules("TAO4006", Rule("R-01", "asset.market_cap > 5 USD or asset.market_cap <= 5 USD")));
        Assert.Equal(
            ["(7,11): TAO4006: this 'require' is always true whenever its facts are known; the rule can never fail"],
            LintRules("TAO4006", "param n = 3\n", Rule("R-01", "asset.audit_count > n or asset.audit_count <= n")));
        Assert.Equal(
            ["(6,8): TAO4006: this 'when' is always true whenever its facts are known; the rule applies to every entity whose facts are known"],
            LintRules("TAO4006", Rule("R-01", "asset.isg_market", when: "asset.asset_type in [\"native\", \"token\", \"stablecoin\", \"security\"]")));
    }

    [Fact]
    public void TAO4006_when_never_holds_and_require_implied_by_when()
    {
        Assert.Equal(
            ["(6,8): TAO4006: this 'when' is always false whenever its facts are known; the rule never applies"],
            LintRules("TAO4006", Rule("R-01", "asset.isg_market", when: "asset.audit_count > 3 and asset.audit_count < 2")));
        Assert.Equal(
            ["(7,11): TAO4006: this 'require' is always true whenever its facts are known; the rule can never fail where its 'when' holds"],
            LintRules("TAO4006", Rule("R-01", "asset.audit_count > 3", when: "asset.audit_count > 5")));
        Assert.Empty(LintRules("TAO4006", Rule("R-01", "asset.audit_count > 5", when: "asset.audit_count > 3")));
    }

    [Fact]
    public void TAO4006_Kleene_a_condition_decided_only_by_a_missing_fact_is_not_reported()
    {
        // False only when audit_count is missing; true or false otherwise.
        Assert.Empty(LintRules("TAO4006", Rule("R-01", "has(asset.audit_count) and asset.audit_count >= 1")));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "has(asset.audit_count) and asset.audit_count >= 1")));

        // True when the fact is missing, but not always true when it is known.
        Assert.Empty(LintRules("TAO4006", Rule("R-01", "not has(asset.audit_count) or asset.audit_count >= 1")));

        // Unknown (never true) when isg_market is missing; the reasoning does not mistake unknown for false.
        Assert.Empty(LintRules("TAO4006", Rule("R-01", "asset.isg_market or asset.issuer_identified")));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", "asset.isg_market and not asset.issuer_identified")));
    }

    [Fact]
    public void TAO4010_two_rules_that_cannot_both_pass()
    {
        Assert.Equal(
            ["(8,6): TAO4010: rule 'R-02' contradicts rule 'R-01' (line 3): no entity that both apply to can pass both"],
            LintRules("TAO4010", Rule("R-01", "asset.audit_count >= 3"), Rule("R-02", "asset.audit_count < 2")));
        Assert.Equal(
            ["(8,6): TAO4010: rule 'R-02' contradicts rule 'R-01' (line 3): no entity that both apply to can pass both"],
            LintRules("TAO4010", Rule("R-01", "asset.asset_type == \"native\""), Rule("R-02", "asset.asset_type in [\"token\", \"stablecoin\"]")));
        Assert.Equal(
            ["(8,6): TAO4010: rule 'R-02' contradicts rule 'R-01' (line 3): no entity that both apply to can pass both"],
            LintSubnet("TAO4010", Rule("R-01", "subnet.tao_in >= 2 TAO"), Rule("R-02", "subnet.tao_in < 1_000_000_000 rao")));
    }

    [Fact]
    public void TAO4010_rules_for_different_entities_or_times_do_not_contradict()
    {
        // Disjoint whens: no entity has both rules applied.
        Assert.Empty(LintRules(
            "TAO4010",
            Rule("R-01", "asset.audit_count >= 3", when: "asset.asset_type == \"token\""),
            Rule("R-02", "asset.audit_count < 2", when: "asset.asset_type == \"native\"")));

        // One rule failing wherever the other applies is a legitimate split, not a contradiction.
        Assert.Empty(LintRules(
            "TAO4010",
            Rule("R-01", "asset.asset_type != \"security\""),
            Rule("R-02", "asset.issuer_identified", when: "asset.asset_type == \"security\"")));

        // Windows that do not overlap: one rule replaces the other.
        Assert.Empty(LintRules(
            "TAO4010",
            Rule("R-01", "asset.audit_count >= 3").Replace("  cite", "  effective 2025-01-01 until 2025-12-31\n  cite", StringComparison.Ordinal),
            Rule("R-02", "asset.audit_count < 2").Replace("  cite", "  effective 2026-01-01\n  cite", StringComparison.Ordinal)));

        // Different currencies never meet; different params are unknown.
        Assert.Empty(LintRules("TAO4010", Rule("R-01", "asset.market_cap >= 3 USD"), Rule("R-02", "asset.adv_30d < 2 USD")));
        Assert.Empty(LintRules("TAO4010", "param a = 3\nparam b = 2\n", Rule("R-01", "asset.audit_count >= a"), Rule("R-02", "asset.audit_count < b")));
    }

    [Fact]
    public void TAO4011_same_conditions_modulo_formatting()
    {
        Assert.Equal(
            ["(9,6): TAO4011: rule 'R-02' has the same 'when' and 'require' as rule 'R-01' (line 3), so it always has the same outcome"],
            LintRules(
                "TAO4011",
                Rule("R-01", "asset.audit_count >= 1 and asset.isg_market", when: "asset.asset_type == \"token\""),
                Rule("R-02", "asset.isg_market   and (asset.audit_count >= 1)", when: "(asset.asset_type == \"token\")")));
        Assert.Equal(
            ["(8,6): TAO4011: rule 'R-02' has the same 'when' and 'require' as rule 'R-01' (line 3), so it always has the same outcome"],
            LintSubnet("TAO4011", Rule("R-01", "subnet.tao_in >= 1 TAO"), Rule("R-02", "subnet.tao_in >= 1_000_000_000 rao")));
    }

    [Fact]
    public void TAO4011_different_when_or_value_is_not_a_duplicate()
    {
        Assert.Empty(LintRules(
            "TAO4011",
            Rule("R-01", "asset.audit_count >= 1", when: "asset.asset_type == \"token\""),
            Rule("R-02", "asset.audit_count >= 1", when: "asset.asset_type == \"native\"")));
        Assert.Empty(LintRules("TAO4011", Rule("R-01", "asset.audit_count >= 1"), Rule("R-02", "asset.audit_count >= 2")));
        Assert.Empty(LintRules("TAO4011", "param n = 1\n", Rule("R-01", "asset.audit_count >= 1"), Rule("R-02", "asset.audit_count >= n")));
    }

    [Fact]
    public void TAO4008_lets_and_params_used_only_by_unused_lets()
    {
        Assert.Equal(
            [
                "(3,7): TAO4008: param 'p' is never used by any rule; only the unused let 'a' refers to it",
                "(4,5): TAO4008: let 'a' is never used by any rule; only the unused let 'b' refers to it",
                "(5,5): TAO4008: let 'b' is never used",
            ],
            LintRules("TAO4008", "param p = 1\nlet a = asset.audit_count + p\nlet b = a + 1\n", Rule("R-01", "asset.audit_count >= 1")));
        Assert.Empty(LintRules("TAO4008", "param p = 1\nlet a = asset.audit_count + p\nlet b = a + 1\n", Rule("R-01", "b >= 1")));
    }

    [Fact]
    public void Counts_absolute_values_and_ranks_have_lower_bounds()
    {
        Assert.Equal(
            ["(6,11): TAO4006: this 'require' is always true whenever its facts are known; the rule can never fail"],
            LintRules("TAO4006", Rule("R-01", "count(asset.whitepaper_sections) >= 0")));
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'abs(asset.market_cap) < 0 USD' can never hold"],
            LintRules("TAO4007", Rule("R-01", "abs(asset.market_cap) < 0 USD")));
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'rank(all subnet.market_cap) < 1' can never hold"],
            LintSubnet("TAO4007", Rule("R-01", "rank(all subnet.market_cap) < 1")));
        Assert.Empty(LintRules("TAO4006", Rule("R-01", "count(asset.whitepaper_sections) >= 1")));
        Assert.Empty(LintRules("TAO4006", Rule("R-01", "asset.audit_count >= 0")));
    }

    [Fact]
    public void Yaml_packs_are_reported_at_their_line_and_column()
    {
        var tree = Tao.Rules.Syntax.Yaml.YamlRuleParser.Parse(Tao.Rules.Text.SourceText.From(
            "package: demo\napplies_to: asset\nrules:\n  - id: DEMO-01\n    title: Mid-cap\n    require: asset.market_cap > 5 USD and asset.market_cap < 3 USD\n",
            "demo.rules.yaml"));
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        var package = Tao.Rules.Binding.Binder.Bind(tree, Tao.Rules.Schema.ShippedSchemas.Load(), diagnostics);
        Tao.Rules.Analysis.RuleLinter.Lint(package, diagnostics);
        Assert.Equal(
            ["demo.rules.yaml(6,14): error TAO4007: this 'require' can never hold: 'asset.market_cap > 5 USD' and 'asset.market_cap < 3 USD' cannot both hold"],
            diagnostics.ToSortedList().Where(d => d.Id == "TAO4007").Select(d => d.ToString()));
    }

    [Fact]
    public void Conditions_at_the_nesting_limit_are_reasoned_about_without_overflow()
    {
        static string Chain(int count) => string.Join(" and ", Enumerable.Range(0, count).Select(i => $"asset.audit_count > {i}"));
        var sum = string.Join(" + ", Enumerable.Repeat("asset.audit_count", 900));
        var nots = string.Concat(Enumerable.Repeat("not (", 30)) + "asset.isg_market or not asset.isg_market" + new string(')', 30);

        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.audit_count > 5' and 'asset.audit_count < 5' cannot both hold"],
            LintRules("TAO4007", Rule("R-01", Chain(60) + " and asset.audit_count < 5")));

        // Past 64 conditions a clause is not analysed at all: the work stays bounded (and nothing false is said).
        Assert.Empty(LintRules("TAO4007", Rule("R-01", Chain(900) + " and asset.audit_count < 5")));
        Assert.Empty(LintRules("TAO4007", Rule("R-01", sum + " > 5")));
        Assert.Equal(
            ["(6,11): TAO4006: this 'require' is always true whenever its facts are known; the rule can never fail"],
            LintRules("TAO4006", Rule("R-01", nots)));
    }
}
