using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Binding;

/// <summary>TAO3001, TAO3005, TAO3007, TAO3008: names, fields and kinds.</summary>
public sealed class NameResolutionTests
{
    private const string Rule = "rule R-01 \"r\"\n  require x\n";

    [Fact]
    public void TAO3001_unknown_field_with_suggestion_at_the_member()
    {
        Assert.Equal(
            ["(3,15): TAO3001: unknown field 'asset.market_kap'; did you mean 'asset.market_cap'?"],
            BindBody("let x = asset.market_kap > 5 USD\n" + Rule));
    }

    [Fact]
    public void TAO3001_not_reported_for_a_known_field()
    {
        Assert.Empty(BindBody("let x = asset.market_cap > 5 USD\n" + Rule));
    }

    [Fact]
    public void TAO3001_unknown_field_in_a_test_entity()
    {
        Assert.Equal(
            ["(5,30): TAO3001: unknown field 'asset.symbl'; did you mean 'asset.symbol'?"],
            BindBody("let x = true\ntest \"t\"\n  given asset { symbol: \"A\", symbl: \"B\" }\n" + Rule));
    }

    [Fact]
    public void TAO3005_unknown_name_with_suggestion()
    {
        Assert.Equal(
            ["(4,13): TAO3005: unknown name 'min_handler'; did you mean 'min_handlers'?"],
            BindBody("param min_handlers = 3\nlet x = 2 > min_handler\n" + Rule));
    }

    [Fact]
    public void TAO3005_params_lets_and_as_of_resolve()
    {
        Assert.Empty(BindBody("param n = 3\nlet d = as_of\nlet x = n > 2 and d > 2020-01-01\n" + Rule));
    }

    [Fact]
    public void TAO3005_the_kind_alone_is_not_a_value()
    {
        Assert.Equal(
            ["(3,9): TAO3005: unknown name 'asset'; 'asset' is the entity kind: write 'asset.FIELD' for one of its fields"],
            BindBody("let x = asset == 1\n" + Rule));
    }

    [Fact]
    public void TAO3005_another_kind_cannot_be_used()
    {
        Assert.Equal(
            ["(3,9): TAO3005: unknown name 'subnet'; this package applies to 'asset', so only 'asset.FIELD' can be used"],
            BindBody("let x = subnet.netuid > 1\n" + Rule));
    }

    [Fact]
    public void TAO3007_unknown_applies_to_kind()
    {
        var (_, diagnostics) = Bind("package t\n  applies to aset\nlet x = aset.symbol == \"A\"\n" + Rule);
        Assert.Equal(["(2,14): TAO3007: no schema declares the entity kind 'aset'; did you mean 'asset'?"], Lines(diagnostics));
    }

    [Fact]
    public void TAO3007_known_kind_binds()
    {
        Assert.Empty(BindBody("let x = subnet.netuid > 1\n" + Rule, kind: "subnet"));
    }

    [Fact]
    public void TAO3008_duplicate_param_or_let_at_the_second()
    {
        Assert.Equal(
            ["(4,5): TAO3008: 'n' is already declared in this package"],
            BindBody("param n = 1\nlet n = 2\nlet x = n > 0\n" + Rule));
    }

    [Fact]
    public void TAO3008_as_of_cannot_be_redeclared()
    {
        Assert.Equal(
            ["(3,7): TAO3008: 'as_of' is already declared in this package"],
            BindBody("param as_of = 1\nlet x = true\n" + Rule));
    }

    [Fact]
    public void TAO3008_distinct_names_are_fine()
    {
        Assert.Empty(BindBody("param n = 1\nlet m = 2\nlet x = n < m\n" + Rule));
    }

    [Fact]
    public void TAO3015_missing_applies_to_is_reported_once()
    {
        var (package, diagnostics) = Bind("package t\nlet x = asset.name == \"a\" and asset.audit_count > 1\ntest \"t\"\n  given asset { symbol: \"A\" }\n" + Rule);
        Assert.Equal(["(1,9): TAO3015: package 't' does not say which entity kind it applies to; add 'applies to KIND' (in YAML, 'applies_to: KIND')"], Lines(diagnostics));
        Assert.True(package.HasErrors);
    }

    [Fact]
    public void TAO3015_not_reported_with_applies_to()
    {
        Assert.Empty(Lines(Bind("package t\n  applies to asset\nlet x = asset.name == \"a\"\n" + Rule).Diagnostics));
    }
}
