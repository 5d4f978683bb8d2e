using Tao.Rules.Binding;
using Tao.Rules.Functions;
using static Tao.Rules.Tests.Functions.RuleFunctionHarness;

namespace Tao.Rules.Tests.Functions;

public sealed class RuleFunctionBindingTests
{
    [Fact]
    public void Signatures_are_read_from_the_methods_with_names_types_and_units()
    {
        Assert.Equal(
            [
                "always_throws(value: Number) → Bool",
                "end_of_quarter(date: Date) → Date",
                "fee(amount: Number) → Number",
                "half_of(period: Number (days)) → Number (days)",
                "infinite(value: Number) → Number",
                "is_dollar_ticker(symbol: String) → Bool",
                "label(symbol: String, flagged: Bool) → String",
                "liquidity_floor(marketCap: Number (USD), handlers: Number) → Number (USD)",
                "risk_score(assetType: String) → Number",
                "twice(value: Number) → Number",
            ],
            RuleFunctionTestCatalog.Samples.Functions.Select(f => f.Signature));
    }

    [Fact]
    public void A_call_binds_to_the_function_with_its_result_type()
    {
        Assert.Empty(BindingProblems("""
            rule F-01 "floor"
              when is_dollar_ticker(asset.symbol) and risk_score(asset.asset_type) > 3
              require asset.market_cap >= liquidity_floor(asset.market_cap, asset.domestic_handler_count)
                and end_of_quarter(as_of) > asset.launch_date and label(asset.symbol, true) != "x"
                and half_of(2 weeks) == 7 days and twice(asset.audit_count) >= 2 and fee(1) > 0
            """));

        var pack = Compile("let floor = liquidity_floor(asset.market_cap, 3)\nrule F-01 \"f\"\n  require floor > 0 USD\n");
        var call = Assert.IsType<BoundRuleFunctionCall>(pack.Package.Lets.Single().Expression);
        Assert.Equal("Number (USD)", call.Type.ToString());
        Assert.Equal("liquidity_floor", call.Function.Name);
        Assert.Equal(2, call.Arguments.Count);
    }

    [Fact]
    public void Wrong_arity_is_TAO3004_with_the_signature()
    {
        Assert.Equal(
            ["(4,11): TAO3004: 'twice' takes 1 argument but is given 2 arguments; expected twice(value: Number) → Number"],
            BindingProblems("rule F-01 \"f\"\n  require twice(1, 2) > 0\n"));
    }

    [Fact]
    public void An_argument_of_the_wrong_kind_is_TAO3002_at_the_argument()
    {
        Assert.Equal(
            ["(4,17): TAO3002: 'value' of 'twice' is Number, but this is String; expected twice(value: Number) → Number"],
            BindingProblems("rule F-01 \"f\"\n  require twice(asset.symbol) > 0\n"));
        Assert.Equal(
            ["(4,31): TAO3002: 'flagged' of 'label' is Bool, but this is Number; expected label(symbol: String, flagged: Bool) → String"],
            BindingProblems("rule F-01 \"f\"\n  require label(asset.symbol, 1) == \"a\"\n"));
    }

    [Fact]
    public void An_argument_or_result_of_another_dimension_is_TAO3003()
    {
        Assert.Equal(
            ["(4,27): TAO3003: 'marketCap' of 'liquidity_floor' is in USD, but this is in TAO"],
            BindingProblems("rule F-01 \"f\"\n  require liquidity_floor(5 TAO, 2) > 0 USD\n"));
        Assert.Equal(
            ["(4,19): TAO3003: 'period' of 'half_of' is in days, but this is in months"],
            BindingProblems("rule F-01 \"f\"\n  require half_of(asset.cftc_futures_months) > 0 days\n"));
        Assert.Single(BindingProblems("rule F-01 \"f\"\n  require liquidity_floor(5 USD, 2) > 5 TAO\n"), p => p.Contains("TAO3003", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enum_value_passes_for_a_string()
    {
        Assert.Empty(BindingProblems("rule F-01 \"f\"\n  require risk_score(asset.asset_type) > 3\n"));
    }

    [Fact]
    public void An_unknown_function_suggests_the_rule_functions_too()
    {
        Assert.Equal(
            ["(4,11): TAO3004: unknown function 'liquidty_floor'; did you mean 'liquidity_floor'?"],
            BindingProblems("rule F-01 \"f\"\n  require liquidty_floor(1 USD, 2) > 0 USD\n"));
        Assert.Equal(
            ["(4,11): TAO3004: unknown function 'twice'"],
            BindingProblems("rule F-01 \"f\"\n  require twice(1) > 0\n", RuleFunctionCatalog.Empty));
    }

    [Theory]
    [InlineData("LiquidityScore", "liquidity_score")]
    [InlineData("TaoToUSD", "tao_to_usd")]
    [InlineData("USDPrice", "usd_price")]
    [InlineData("Score2Weeks", "score2_weeks")]
    [InlineData("already_snake", "already_snake")]
    public void Method_names_become_snake_case(string method, string name)
    {
        Assert.Equal(name, RuleFunctionNames.FromMethodName(method));
        Assert.True(RuleFunctionNames.IsValid(name));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("rule")]
    [InlineData("has-dash")]
    [InlineData("")]
    public void Names_rules_cannot_call_are_invalid(string name) => Assert.False(RuleFunctionNames.IsValid(name));
}
