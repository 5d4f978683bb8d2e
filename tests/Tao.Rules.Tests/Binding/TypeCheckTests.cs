using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Binding;

/// <summary>TAO3002, TAO3012: types of operators, conditions and enum literals.</summary>
public sealed class TypeCheckTests
{
    private const string Rule = "rule R-01 \"r\"\n  require x\n";

    [Fact]
    public void TAO3002_comparing_a_date_with_a_number()
    {
        Assert.Equal(["(3,9): TAO3002: cannot compare Date with Number"], BindBody("let x = asset.launch_date < 5\n" + Rule));
    }

    [Fact]
    public void TAO3002_comparing_dates_is_fine()
    {
        Assert.Empty(BindBody("let x = asset.launch_date < 2020-01-01\n" + Rule));
    }

    [Fact]
    public void TAO3002_require_needs_a_bool()
    {
        Assert.Equal(
            ["(4,11): TAO3002: 'require' needs a Bool condition, but this is Number"],
            BindBody("rule R-01 \"r\"\n  require asset.domestic_handler_count\n"));
    }

    [Fact]
    public void TAO3002_when_needs_a_bool()
    {
        Assert.Equal(
            ["(4,8): TAO3002: 'when' needs a Bool condition, but this is String"],
            BindBody("rule R-01 \"r\"\n  when asset.name\n  require true\n"));
    }

    [Fact]
    public void TAO3002_and_needs_bool_operands()
    {
        Assert.Equal(["(3,30): TAO3002: 'and' needs Bool operands, but this is Number"], BindBody("let x = asset.isg_market and 1\n" + Rule));
    }

    [Fact]
    public void TAO3002_not_needs_a_bool()
    {
        Assert.Equal(["(3,9): TAO3002: 'not' needs a Bool, but its operand is String"], BindBody("let x = not asset.name\n" + Rule));
        Assert.Empty(BindBody("let x = not asset.isg_market\n" + Rule));
    }

    [Fact]
    public void TAO3002_arithmetic_on_strings()
    {
        Assert.Equal(["(3,9): TAO3002: cannot multiply String by Number"], BindBody("let x = asset.name * 2 > 1\n" + Rule));
    }

    [Fact]
    public void TAO3002_in_needs_a_list_of_the_element_type()
    {
        Assert.Equal(["(3,9): TAO3002: cannot look for Number in a List of String"], BindBody("let x = asset.audit_count in [\"a\", \"b\"]\n" + Rule));
        Assert.Equal(["(3,23): TAO3002: 'in' needs a list on its right, but this is Number"], BindBody("let x = asset.name in asset.audit_count\n" + Rule));
        Assert.Empty(BindBody("let x = \"risks\" in asset.whitepaper_sections and asset.audit_count in [1, 2]\n" + Rule));
    }

    [Fact]
    public void TAO3002_between_needs_compatible_operands()
    {
        Assert.Equal(["(3,9): TAO3002: cannot compare Number with Date"], BindBody("let x = asset.audit_count between 1 and 2020-01-01\n" + Rule));
        Assert.Empty(BindBody("let x = asset.audit_count between 1 and 3\n" + Rule));
    }

    [Fact]
    public void TAO3002_ordering_an_enum_is_refused()
    {
        Assert.Equal(
            ["(3,9): TAO3002: '<' cannot order values of enum asset.asset_type; use == or != (or 'in' for several values)"],
            BindBody("let x = asset.asset_type < \"token\"\n" + Rule));
    }

    [Fact]
    public void TAO3002_list_elements_of_one_type()
    {
        Assert.Equal(
            ["(3,34): TAO3002: a list holds values of one type: this element is String, the first is Number"],
            BindBody("let x = asset.audit_count in [1, \"a\"]\n" + Rule));
    }

    [Fact]
    public void TAO3002_one_mistake_gives_one_diagnostic()
    {
        // The unknown field makes the comparison, the 'and' and the 'require' erroneous, silently.
        Assert.Equal(
            ["(4,17): TAO3001: unknown field 'asset.nme'; did you mean 'asset.name'?"],
            BindBody("rule R-01 \"r\"\n  require asset.nme == 5 and true\n"));
    }

    [Fact]
    public void TAO3012_unknown_enum_literal_with_suggestion()
    {
        Assert.Equal(
            ["(3,29): TAO3012: 'securty' is not a value of 'asset.asset_type' (values: native, token, stablecoin, security); did you mean 'security'?"],
            BindBody("let x = asset.asset_type != \"securty\"\n" + Rule));
    }

    [Fact]
    public void TAO3012_enum_values_in_a_list_and_in_a_test()
    {
        Assert.Equal(
            ["(3,39): TAO3012: 'coin' is not a value of 'asset.asset_type' (values: native, token, stablecoin, security)"],
            BindBody("let x = asset.asset_type in [\"token\", \"coin\"]\n" + Rule));
        Assert.Equal(
            ["(5,29): TAO3012: 'nativ' is not a value of 'asset.asset_type' (values: native, token, stablecoin, security); did you mean 'native'?"],
            BindBody("let x = true\ntest \"t\"\n  given asset { asset_type: \"nativ\" }\n" + Rule));
    }

    [Fact]
    public void TAO3012_known_enum_values_bind()
    {
        Assert.Empty(BindBody("let x = asset.asset_type == \"security\" or \"native\" == asset.asset_type or asset.asset_type in [\"token\"]\n" + Rule));
    }
}
