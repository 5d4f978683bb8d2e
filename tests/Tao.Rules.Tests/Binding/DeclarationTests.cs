using Tao.Rules.Binding;
using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Binding;

/// <summary>TAO3006 (cycles), TAO3014 (params), TAO3011 (tests), let order.</summary>
public sealed class DeclarationTests
{
    private const string Rule = "rule R-01 \"r\"\n  require x\n";

    [Fact]
    public void TAO3006_cycle_named_at_the_first_let()
    {
        Assert.Equal(
            ["(3,5): TAO3006: 'let a' depends on itself: a -> b -> a"],
            BindBody("let a = b + 1\nlet b = a * 2\nlet x = a > 1\n" + Rule));
    }

    [Fact]
    public void TAO3006_self_reference()
    {
        Assert.Equal(["(3,5): TAO3006: 'let a' depends on itself: a -> a"], BindBody("let a = a + 1\nlet x = a > 1\n" + Rule));
    }

    [Fact]
    public void TAO3006_lets_in_any_order_are_sorted_by_dependency()
    {
        var (package, diagnostics) = Bind(Pack("let c = b + 1\nlet b = a * 2\nlet a = asset.audit_count\nlet x = c > 1\n" + Rule));
        Assert.Empty(Lines(diagnostics));
        Assert.Equal(["a", "b", "c", "x"], package.Lets.Select(l => l.Name));
        Assert.Equal([0, 1, 2, 3], package.Lets.Select(l => l.Index));
    }

    [Fact]
    public void TAO3006_a_lambda_parameter_is_not_a_let_reference()
    {
        Assert.Empty(BindBody("let s = 1\nlet x = any(asset.whitepaper_sections, v => v == \"s\") and s > 0\n" + Rule));
    }

    [Fact]
    public void TAO3014_param_value_must_be_constant()
    {
        Assert.Equal(
            ["(3,11): TAO3014: the value of 'param p' must be a constant (literals, lists and arithmetic on them); 'asset.audit_count' is not"],
            BindBody("param p = asset.audit_count\nlet x = true\n" + Rule));
    }

    [Fact]
    public void TAO3014_unit_arithmetic_of_literals_is_constant()
    {
        var (package, diagnostics) = Bind(Pack("param p = 2 weeks + 3 days\nparam q = [\"a\", \"b\"]\nlet x = as_of - p < as_of and \"a\" in q\n" + Rule));
        Assert.Empty(Lines(diagnostics));
        Assert.Equal(17, package.Params[0].DefaultValue!.Number);
        Assert.True(UnitFacts.IsDayDuration(package.Params[0].Type.Unit));
        Assert.Equal(TypeKind.List, package.Params[1].Type.Kind);
    }

    [Fact]
    public void TAO3011_unknown_rule_in_a_test_with_suggestion()
    {
        Assert.Equal(
            ["(6,10): TAO3011: the test expects an outcome of rule 'R-1', which this package does not declare; did you mean 'R-01'?"],
            BindBody("let x = true\ntest \"t\"\n  given asset { symbol: \"A\" }\n  expect R-1 pass\n" + Rule));
    }

    [Fact]
    public void TAO3011_known_rule_resolves()
    {
        var (package, diagnostics) = Bind(Pack("let x = true\ntest \"t\"\n  given asset { symbol: \"A\" }\n  as of 2026-01-09\n  expect R-01 pass\n" + Rule));
        Assert.Empty(Lines(diagnostics));
        var test = Assert.Single(package.Tests);
        Assert.Equal(new DateTime(2026, 1, 9), test.AsOf);
        Assert.Same(package.Rules[0], Assert.IsType<BoundExpectOutcome>(Assert.Single(test.Expectations)).Rule);
    }

    [Fact]
    public void TAO3016_expect_for_an_entity_the_test_does_not_give()
    {
        Assert.Equal(
            ["(7,24): TAO3016: the test gives no entity whose symbol is 'BTC'"],
            BindBody("let x = true\ntest \"t\"\n  given asset { symbol: \"XMR\" }\n  given asset { symbol: \"ZEC\" }\n  expect R-01 pass for \"BTC\"\n" + Rule));
        Assert.Empty(BindBody("let x = true\ntest \"t\"\n  given asset { symbol: \"A\" }\n  given asset { symbol: \"C\" }\n  expect R-01 pass for \"C\"\n  expect verdict ready for \"A\"\n" + Rule));
    }

    [Fact]
    public void TAO3002_given_of_another_kind()
    {
        Assert.Equal(
            ["(5,9): TAO3002: this package applies to 'asset', so a test gives 'asset' entities, not 'subnet'"],
            BindBody("let x = true\ntest \"t\"\n  given subnet { netuid: 1 }\n" + Rule));
    }

    [Fact]
    public void TAO3007_given_of_an_unknown_kind()
    {
        Assert.Equal(
            ["(5,9): TAO3007: no schema declares the entity kind 'aset'; did you mean 'asset'?"],
            BindBody("let x = true\ntest \"t\"\n  given aset { symbol: \"A\" }\n" + Rule));
    }

    [Fact]
    public void Rule_parts_are_bound()
    {
        var (package, diagnostics) = Bind(Pack(
            "rule R-01 \"Title\"\n  cite \"c\"\n  tags [\"a\", \"b\"]\n  effective 2026-01-01 until 2026-12-31\n  when asset.isg_market\n  require asset.audit_count >= 1\n  because \"{asset.name} has {asset.audit_count} audits\"\n  remedy \"Get audited\"\n"));
        Assert.Empty(Lines(diagnostics));
        var rule = Assert.Single(package.Rules);
        Assert.Equal(RuleSeverity.Major, rule.Severity);
        Assert.Equal("c", rule.Cite);
        Assert.Equal(["a", "b"], rule.Tags);
        Assert.Equal(new DateTime(2026, 12, 31), rule.Effective!.Until);
        Assert.IsType<BoundFieldAccess>(rule.When);
        var holes = rule.Because!.Parts.Where(p => p.Hole is not null).Select(p => p.Hole!.Type.Kind).ToArray();
        Assert.Equal([TypeKind.String, TypeKind.Number], holes);
        Assert.Equal("Get audited", Assert.Single(rule.Remedy!.Parts).Text);
    }
}
