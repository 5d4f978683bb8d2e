using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Analysis;

/// <summary>TAO4001–TAO4009: one triggering and one clean case per id, with exact positions.</summary>
public sealed class RuleLinterTests
{
    /// <summary>A rule that passes every hygiene check, and the test that exercises it.</summary>
    private static string CleanRule(string id, string require = "asset.audit_count >= 1") =>
        $"rule {id} \"r\"\n  severity major\n  cite \"c\"\n  require {require}\n  because \"b\"\n";

    private static string TestOf(params string[] ids) =>
        "test \"t\"\n  given asset { symbol: \"A\" }\n" + string.Concat(ids.Select(id => $"  expect {id} pass\n"));

    [Fact]
    public void Clean_package_has_no_lint()
    {
        var (_, diagnostics) = Bind(Pack(CleanRule("R-01") + TestOf("R-01")), lint: true);
        Assert.Empty(Lines(diagnostics));
    }

    [Fact]
    public void TAO4001_duplicate_rule_id_at_the_second()
    {
        Assert.Equal(["(8,6): TAO4001: rule id 'R-01' is already used in this package"], Lint(Pack(CleanRule("R-01") + CleanRule("R-01") + TestOf("R-01")), "TAO4001"));
        Assert.Empty(Lint(Pack(CleanRule("R-01") + CleanRule("R-02") + TestOf("R-01", "R-02")), "TAO4001"));
    }

    [Fact]
    public void TAO4002_rule_without_cite()
    {
        Assert.Equal(
            ["(3,6): TAO4002: rule 'R-01' has no 'cite'; say which regulation or policy it encodes"],
            Lint(Pack("rule R-01 \"r\"\n  severity major\n  require true or asset.isg_market\n  because \"b\"\n" + TestOf("R-01")), "TAO4002"));
        Assert.Empty(Lint(Pack(CleanRule("R-01") + TestOf("R-01")), "TAO4002"));
    }

    [Fact]
    public void TAO4003_rule_without_because()
    {
        Assert.Equal(
            ["(3,6): TAO4003: rule 'R-01' has no 'because'; a fail must be explained in business words"],
            Lint(Pack("rule R-01 \"r\"\n  severity major\n  cite \"c\"\n  require asset.isg_market\n" + TestOf("R-01")), "TAO4003"));
        Assert.Empty(Lint(Pack(CleanRule("R-01") + TestOf("R-01")), "TAO4003"));
    }

    [Fact]
    public void TAO4004_rule_without_a_test()
    {
        Assert.Equal(
            ["(8,6): TAO4004: rule 'R-02' is not exercised by any test in this package"],
            Lint(Pack(CleanRule("R-01") + CleanRule("R-02") + TestOf("R-01")), "TAO4004"));
        Assert.Empty(Lint(Pack(CleanRule("R-01") + CleanRule("R-02") + TestOf("R-01", "R-02")), "TAO4004"));
    }

    [Fact]
    public void TAO4005_rule_without_severity()
    {
        Assert.Equal(
            ["(3,6): TAO4005: rule 'R-01' has no 'severity'; it is treated as 'major'"],
            Lint(Pack("rule R-01 \"r\"\n  cite \"c\"\n  require asset.isg_market\n  because \"b\"\n" + TestOf("R-01")), "TAO4005"));
        Assert.Empty(Lint(Pack(CleanRule("R-01") + TestOf("R-01")), "TAO4005"));
    }

    [Fact]
    public void TAO4006_constant_require_and_when()
    {
        Assert.Equal(
            ["(6,11): TAO4006: this 'require' is always true; the rule can never fail"],
            Lint(Pack(CleanRule("R-01", "1 < 2") + TestOf("R-01")), "TAO4006"));
        Assert.Equal(
            ["(6,11): TAO4006: this 'require' is always true; the rule can never fail"],
            Lint(Pack(CleanRule("R-01", "asset.isg_market or true") + TestOf("R-01")), "TAO4006"));
        Assert.Equal(
            ["(4,8): TAO4006: this 'when' is always false; the rule never applies"],
            Lint(Pack("rule R-01 \"r\"\n  when 2026-01-01 > 2027-01-01\n  severity major\n  cite \"c\"\n  require asset.isg_market\n  because \"b\"\n" + TestOf("R-01")), "TAO4006"));
    }

    [Fact]
    public void TAO4006_params_and_facts_are_not_constant()
    {
        Assert.Empty(Lint(Pack("param n = 3\n" + CleanRule("R-01", "n > 2 and asset.isg_market and 1 weeks == 7 days or asset.audit_count > 1") + TestOf("R-01")), "TAO4006"));
    }

    [Fact]
    public void TAO4007_contradicting_bounds_with_units()
    {
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.market_cap > 5 USD' and 'asset.market_cap < 3 USD' cannot both hold"],
            Lint(Pack(CleanRule("R-01", "asset.market_cap > 5 USD and asset.market_cap < 3 USD") + TestOf("R-01")), "TAO4007"));
    }

    [Fact]
    public void TAO4007_two_equalities_a_between_and_a_let()
    {
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.name == \"a\"' and 'asset.name == \"b\"' cannot both hold"],
            Lint(Pack(CleanRule("R-01", "asset.name == \"a\" and asset.name == \"b\"") + TestOf("R-01")), "TAO4007"));
        Assert.Equal(
            ["(7,11): TAO4007: this 'require' can never hold: 'age between 1 weeks and 10 days' and '5 days >= age' cannot both hold"],
            Lint(Pack("let age = as_of - asset.launch_date\n" + CleanRule("R-01", "age between 1 weeks and 10 days and 5 days >= age") + TestOf("R-01")), "TAO4007"));
    }

    [Fact]
    public void TAO4007_empty_between_and_excluding_in()
    {
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.audit_count between 5 and 3' is empty"],
            Lint(Pack(CleanRule("R-01", "asset.audit_count between 5 and 3") + TestOf("R-01")), "TAO4007"));
        Assert.Equal(
            ["(6,11): TAO4007: this 'require' can never hold: 'asset.asset_type in [\"native\", \"token\"]' and 'asset.asset_type == \"security\"' cannot both hold"],
            Lint(Pack(CleanRule("R-01", "asset.asset_type in [\"native\", \"token\"] and asset.asset_type == \"security\"") + TestOf("R-01")), "TAO4007"));
        Assert.Empty(Lint(Pack(CleanRule("R-01", "asset.asset_type in [\"native\", \"token\"] and asset.asset_type != \"native\"") + TestOf("R-01")), "TAO4007"));
    }

    [Fact]
    public void TAO4007_params_are_not_constants()
    {
        Assert.Empty(Lint(Pack("param low = 5\nparam high = 3\n" + CleanRule("R-01", "asset.audit_count > low and asset.audit_count < high") + TestOf("R-01")), "TAO4007"));
    }

    [Fact]
    public void TAO4007_satisfiable_conjunctions_are_fine()
    {
        Assert.Empty(Lint(
            Pack(CleanRule("R-01", "asset.market_cap > 3 USD and asset.market_cap < 5 USD and asset.market_cap >= 3 USD and asset.name != \"a\" and asset.name == \"b\" and asset.audit_count between 1 and 3 and asset.audit_count >= 3") + TestOf("R-01")),
            "TAO4007"));
        Assert.Empty(Lint(Pack(CleanRule("R-01", "asset.market_cap > 5 USD or asset.market_cap < 3 USD") + TestOf("R-01")), "TAO4007"));
    }

    [Fact]
    public void TAO4008_unused_param_and_let()
    {
        Assert.Equal(
            ["(3,7): TAO4008: param 'unused_param' is never used", "(5,5): TAO4008: let 'unused_let' is never used"],
            Lint(Pack("param unused_param = 3\nparam used = 2\nlet unused_let = asset.audit_count\n" + CleanRule("R-01", "asset.audit_count >= used") + TestOf("R-01")), "TAO4008"));
    }

    [Fact]
    public void TAO4008_used_in_a_let_or_a_because_counts()
    {
        Assert.Empty(Lint(
            Pack("param n = 3\nlet a = asset.audit_count\nlet b = a + 1\nrule R-01 \"r\"\n  severity major\n  cite \"c\"\n  require b > 1\n  because \"needs {n}\"\n" + TestOf("R-01")),
            "TAO4008"));
    }

    [Fact]
    public void TAO4009_rule_without_require()
    {
        Assert.Equal(
            ["(3,6): TAO4009: rule 'R-01' has no 'require'; it would always pass"],
            Lint(Pack("rule R-01 \"r\"\n  severity major\n  cite \"c\"\n  because \"b\"\n" + TestOf("R-01")), "TAO4009"));
        Assert.Empty(Lint(Pack(CleanRule("R-01") + TestOf("R-01")), "TAO4009"));
    }
}
