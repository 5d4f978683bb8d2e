using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;
using static Tao.Rules.Syntax.BinaryOperator;
using static Tao.Rules.Tests.Formatting.SyntaxFactory;

namespace Tao.Rules.Tests.Formatting;

/// <summary>Formatting of hand-built expressions: spacing, literals, and the parentheses that grouping needs.</summary>
public sealed class ExpressionFormatterTests
{
    public static TheoryData<string, ExpressionSyntax> Cases() => new()
    {
        // Literals.
        { "2_800_000_000 USD", Num("2_800_000_000", "USD") },
        { "0.5 TAO/block", Num("0.5", "TAO/block") },
        { "95 %", Num("95", "%") },
        { "1e-9", Num("1e-9") },
        { "\"a\\\"b\\\\c\\nd\\te\"", Str("a\"b\\c\nd\te") },
        { "\"{not a hole}\"", Str("{not a hole}") },
        { "2026-01-01", Date(2026, 1, 1) },
        { "true", Bool(true) },
        { "[]", List() },
        { "[1, \"x\", 2026-03-04]", List(Num("1"), Str("x"), Date(2026, 3, 4)) },
        { "asset.market_cap", Member(N("asset"), "market_cap") },
        { "round(x, 2)", Call("round", N("x"), Num("2")) },
        { "now()", Call("now") },

        // Left-associative operators: a left operand at the same level needs no parentheses, a right one does.
        { "a - b - c", Bin(Bin(N("a"), Subtract, N("b")), Subtract, N("c")) },
        { "a - (b - c)", Bin(N("a"), Subtract, Bin(N("b"), Subtract, N("c"))) },
        { "a / (b * c)", Bin(N("a"), Divide, Bin(N("b"), Multiply, N("c"))) },
        { "(a + b) * c", Bin(Bin(N("a"), Add, N("b")), Multiply, N("c")) },
        { "a + b * c", Bin(N("a"), Add, Bin(N("b"), Multiply, N("c"))) },
        { "a or b and c", Bin(N("a"), Or, Bin(N("b"), And, N("c"))) },
        { "(a or b) and c", Bin(Bin(N("a"), Or, N("b")), And, N("c")) },
        { "a and (b and c)", Bin(N("a"), And, Bin(N("b"), And, N("c"))) },

        // Comparisons do not chain.
        { "(a < b) == c", Bin(Bin(N("a"), Less, N("b")), Equal, N("c")) },
        { "a == (b != c)", Bin(N("a"), Equal, Bin(N("b"), NotEqual, N("c"))) },
        { "a + 1 >= b * 2", Bin(Bin(N("a"), Add, Num("1")), GreaterOrEqual, Bin(N("b"), Multiply, Num("2"))) },

        // Unary operators.
        { "not a and b", Bin(Not(N("a")), And, N("b")) },
        { "not (a and b)", Not(Bin(N("a"), And, N("b"))) },
        { "not a == b", Not(Bin(N("a"), Equal, N("b"))) },
        { "(not a) == b", Bin(Not(N("a")), Equal, N("b")) },
        { "a and not b", Bin(N("a"), And, Not(N("b"))) },
        { "not not a", Not(Not(N("a"))) },
        { "-x", Neg(N("x")) },
        { "- -x", Neg(Neg(N("x"))) },
        { "-(not x)", Neg(Not(N("x"))) },
        { "-(a + b)", Neg(Bin(N("a"), Add, N("b"))) },
        { "-a.b", Neg(Member(N("a"), "b")) },
        { "a - -b", Bin(N("a"), Subtract, Neg(N("b"))) },

        // Member access binds tightest.
        { "(a + b).c", Member(Bin(N("a"), Add, N("b")), "c") },
        { "f(x).y", Member(Call("f", N("x")), "y") },
        { "(3).x", Member(Num("3"), "x") },
        { "(2026-01-01).year", Member(Date(2026, 1, 1), "year") },

        // in, not in, between.
        { "x in [1, 2]", In(N("x"), List(Num("1"), Num("2"))) },
        { "x not in names", In(N("x"), N("names"), negated: true) },
        { "(a == b) in xs", In(Bin(N("a"), Equal, N("b")), N("xs")) },
        { "(x in xs) == true", Bin(In(N("x"), N("xs")), Equal, Bool(true)) },
        { "x between a + 1 and b", Between(N("x"), Bin(N("a"), Add, Num("1")), N("b")) },
        { "x between (a and b) and c", Between(N("x"), Bin(N("a"), And, N("b")), N("c")) },
        { "x between 1 and 2 and y", Bin(Between(N("x"), Num("1"), Num("2")), And, N("y")) },
        { "x between -1 and 1", Between(N("x"), Neg(Num("1")), Num("1")) },

        // Lambdas and population aggregates.
        { "any(xs, x => x > 1)", Call("any", N("xs"), Lambda("x", Bin(N("x"), Greater, Num("1")))) },
        { "all(xs, x => x > 1 and x < 5)", Call("all", N("xs"), Lambda("x", Bin(Bin(N("x"), Greater, Num("1")), And, Bin(N("x"), Less, Num("5"))))) },
        { "count(all a + b where a > 1 or b > 1)", Call("count", All(Bin(N("a"), Add, N("b")), Bin(Bin(N("a"), Greater, Num("1")), Or, Bin(N("b"), Greater, Num("1"))))) },
        { "(all subnet.stake).total", Member(All(Member(N("subnet"), "stake")), "total") },
        { "1 + (all subnet.stake where x)", Bin(Num("1"), Add, All(Member(N("subnet"), "stake"), N("x"))) },
        {
            "sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO)",
            Call("sum", All(Member(N("subnet"), "ema_tao_flow"), Bin(Member(N("subnet"), "ema_tao_flow"), Greater, Num("0", "TAO"))))
        },
        { "count(all subnet.uid)", Call("count", All(Member(N("subnet"), "uid"))) },

        // Parentheses the author wrote stay.
        { "(a) + b", Bin(Paren(N("a")), Add, N("b")) },
        { "((a + b))", Paren(Paren(Bin(N("a"), Add, N("b")))) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formats_expression(string expected, ExpressionSyntax expression) =>
        Assert.Equal(expected, RuleFormatter.FormatExpression(expression));

    [Fact]
    public void A_long_left_deep_chain_does_not_exhaust_the_stack()
    {
        ExpressionSyntax chain = N("x0");
        for (var i = 1; i < 100_000; i++)
        {
            chain = Bin(chain, Add, N("x"));
        }

        var text = RuleFormatter.FormatExpression(chain);

        Assert.StartsWith("x0 + x + x", text, StringComparison.Ordinal);
        Assert.Equal((100_000 * 4) - 2, text.Length);
    }

    [Fact]
    public void A_number_without_source_text_is_written_so_that_it_reads_back()
    {
        var number = new NumberLiteralSyntax(1.5, string.Empty, null, default);

        Assert.Equal("1.5", RuleFormatter.FormatExpression(number));
    }
}
