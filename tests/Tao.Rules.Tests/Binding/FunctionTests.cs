using Tao.Rules.Binding;
using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Binding;

/// <summary>TAO3004, TAO3013 and the built-in signatures.</summary>
public sealed class FunctionTests
{
    private const string Rule = "rule R-01 \"r\"\n  require x\n";

    [Fact]
    public void TAO3004_unknown_function_with_suggestion_at_the_name()
    {
        Assert.Equal(["(3,9): TAO3004: unknown function 'summ'; did you mean 'sum'?"], BindBody("let x = summ([1, 2]) > 1\n" + Rule));
    }

    [Fact]
    public void TAO3004_wrong_arity_names_the_signatures()
    {
        Assert.Equal(
            ["(3,9): TAO3004: 'round' takes 1 or 2 arguments but is given 3 arguments; expected round(n) → Number or round(n, digits) → Number"],
            BindBody("let x = round(1, 2, 3) > 1\n" + Rule));
        Assert.Equal(
            ["(3,9): TAO3004: 'has' takes 1 argument but is given 2 arguments; expected has(field or let) → Bool"],
            BindBody("let x = has(asset.name, asset.chain)\n" + Rule));
    }

    [Fact]
    public void TAO3004_known_functions_with_their_arity_bind()
    {
        Assert.Empty(BindBody(
            "let x = has(asset.name) and count(asset.whitepaper_sections) >= 3 and abs(-2) == 2 and round(2.5) == 3\n"
            + "  and round(2.345, 2) > 2 and min(1, 2, 3) == 1 and max([1, 2]) == 2 and sum([1 USD, 2 USD]) > 2 USD and avg([1, 2]) > 1\n"
            + "  and days_between(asset.launch_date, as_of) > 30 days and min(asset.launch_date, as_of) <= as_of\n"
            + Rule));
    }

    [Fact]
    public void Builtin_results_keep_units_and_overloads()
    {
        var sum = Assert.IsType<BoundCallExpression>(BindExpression("sum([1 USD, 2 USD])"));
        Assert.Equal(BuiltinOperation.SumList, sum.Operation);
        Assert.Equal("USD", sum.Type.Unit.Symbol);
        var maxOf = Assert.IsType<BoundCallExpression>(BindExpression("max(asset.market_cap, 0 USD)"));
        Assert.Equal(BuiltinOperation.MaxOf, maxOf.Operation);
        var count = Assert.IsType<BoundCallExpression>(BindExpression("count(asset.whitepaper_sections)"));
        Assert.True(count.Type.IsInteger);
        Assert.Equal(3, Assert.IsType<BoundCallExpression>(BindExpression("round(2.5)")).Arguments[0] is BoundLiteral ? 3 : 0);
    }

    [Fact]
    public void Pow_takes_plain_numbers_and_gives_a_plain_number()
    {
        Assert.Empty(BindBody("let x = pow(asset.market_cap / 1 USD, 0.5) > 2 and pow(95 %, 2) < 1 and pow(2, 3) == 8\n" + Rule));
        var pow = Assert.IsType<BoundCallExpression>(BindExpression("pow(asset.custody_cold_ratio, 2)"));
        Assert.Equal(BuiltinOperation.Pow, pow.Operation);
        Assert.True(pow.Type.Unit.IsNone);
    }

    [Fact]
    public void TAO3002_pow_of_a_quantity_with_a_unit_or_a_non_number()
    {
        Assert.Equal(
            ["(3,13): TAO3002: the base of 'pow' must be a plain number (or %, bps, x), but this is Number (USD); divide by a unit first, as in pow(x / 1 TAO, 2)"],
            BindBody("let x = pow(asset.market_cap, 2) > 1\n" + Rule));
        Assert.Equal(
            ["(3,16): TAO3002: the exponent of 'pow' must be a plain number (or %, bps, x), but this is Bool; divide by a unit first, as in pow(x / 1 TAO, 2)"],
            BindBody("let x = pow(2, true) > 1\n" + Rule));
    }

    [Fact]
    public void TAO3003_min_of_different_units()
    {
        Assert.Equal(["(3,20): TAO3003: cannot compare USD with TAO"], BindBody("let x = min(1 USD, 2 TAO) > 0 USD\n" + Rule));
    }

    [Fact]
    public void TAO3002_has_needs_a_field_or_let()
    {
        Assert.Equal(
            ["(3,13): TAO3002: 'has' takes a field or a let, such as has(asset.FIELD), not Number"],
            BindBody("let x = has(1 + 2)\n" + Rule));
        Assert.Empty(BindBody("let y = asset.audit_count + 1\nlet x = has(y) and has(asset.name)\n" + Rule));
    }

    [Fact]
    public void Any_and_all_bind_their_lambda_with_the_element_type()
    {
        var any = Assert.IsType<BoundCallExpression>(BindExpression("any(asset.whitepaper_sections, s => s == \"risks\")"));
        Assert.Equal(BuiltinOperation.AnyList, any.Operation);
        var lambda = Assert.IsType<BoundLambdaExpression>(any.Arguments[1]);
        Assert.Equal(TypeKind.String, lambda.Parameter.Type.Kind);
        var comparison = Assert.IsType<BoundBinaryExpression>(lambda.Body);
        Assert.Same(lambda.Parameter, Assert.IsType<BoundLambdaParameterReference>(comparison.Left).Parameter);
        Assert.Empty(BindBody("let x = all([1 USD, 2 USD], v => v < asset.market_cap)\n" + Rule));
    }

    [Fact]
    public void TAO3013_lambda_outside_any_or_all()
    {
        Assert.Equal(
            ["(3,15): TAO3013: a lambda 'x => …' may only be the second argument of any(list, x => …) or all(list, x => …)"],
            BindBody("let x = count(v => v) > 1\n" + Rule));
    }

    [Fact]
    public void TAO3013_any_without_a_lambda()
    {
        Assert.Equal(
            ["(3,40): TAO3013: the second argument of 'any' must be a lambda such as x => x > 0"],
            BindBody("let x = any(asset.whitepaper_sections, true)\n" + Rule));
    }

    [Fact]
    public void TAO3013_lambda_parameter_hiding_a_name()
    {
        Assert.Equal(
            ["(4,40): TAO3013: the lambda parameter 'n' hides another name in scope; choose another name"],
            BindBody("param n = 1\nlet x = any(asset.whitepaper_sections, n => n == \"a\")\n" + Rule));
    }

    [Fact]
    public void TAO3002_lambda_body_must_be_bool()
    {
        Assert.Equal(
            ["(3,45): TAO3002: '=>' needs a Bool condition, but this is String"],
            BindBody("let x = any(asset.whitepaper_sections, s => s)\n" + Rule));
    }

    [Fact]
    public void BuiltinCatalog_lists_every_function_once_in_name_order()
    {
        var names = BuiltinCatalog.Functions.Select(f => f.Name).ToArray();
        Assert.Equal(["abs", "all", "any", "avg", "count", "days_between", "has", "max", "min", "pow", "rank", "round", "sum"], names);
        Assert.All(BuiltinCatalog.Functions, f => Assert.NotEmpty(f.Signatures));
    }
}
