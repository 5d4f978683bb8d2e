using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Formatting;

/// <summary>Expressions as written, and as <c>fmt</c> writes them: spacing, literals, the author's parentheses.</summary>
public sealed class ExpressionRoundTripTests
{
    [Theory]
    [InlineData("a+b*c", "a + b * c")]
    [InlineData("(a+b)*c", "(a + b) * c")]
    [InlineData("a-(b-c)", "a - (b - c)")]
    [InlineData("a - b - c", "a - b - c")]
    [InlineData("a  ==b", "a == b")]
    [InlineData("a!=b", "a != b")]
    [InlineData("a<=b", "a <= b")]
    [InlineData("(a<b)==c", "(a < b) == c")]
    [InlineData("a or b and c", "a or b and c")]
    [InlineData("(a or b)and c", "(a or b) and c")]
    [InlineData("not(a)", "not (a)")]
    [InlineData("not a==b", "not a == b")]
    [InlineData("not  not a", "not not a")]
    [InlineData("-  x", "-x")]
    [InlineData("- -x", "- -x")]
    [InlineData("--x", "- -x")]
    [InlineData("a*-b", "a * -b")]
    [InlineData("x in[1,2 ,3]", "x in [1, 2, 3]")]
    [InlineData("x not  in xs", "x not in xs")]
    [InlineData("x between 1 and 5", "x between 1 and 5")]
    [InlineData("x between a+1 and b*2 and y", "x between a + 1 and b * 2 and y")]
    [InlineData("any(xs,x=>x>1)", "any(xs, x => x > 1)")]
    [InlineData("all( xs , v=>not v.jailed )", "all(xs, v => not v.jailed)")]
    [InlineData("sum(all subnet.x where subnet.x>0 TAO)", "sum(all subnet.x where subnet.x > 0 TAO)")]
    [InlineData("count(all subnet.uid)", "count(all subnet.uid)")]
    [InlineData("2_800_000_000   USD", "2_800_000_000 USD")]
    [InlineData("95%", "95 %")]
    [InlineData("0.5 TAO/block", "0.5 TAO/block")]
    [InlineData("1e-9", "1e-9")]
    [InlineData("6 months", "6 months")]
    [InlineData("2026-01-01", "2026-01-01")]
    [InlineData("2026-01-01 + 6 months", "2026-01-01 + 6 months")]
    [InlineData("\"a\\tb\\\\c\\\"d\\ne\"", "\"a\\tb\\\\c\\\"d\\ne\"")]
    [InlineData("\"# not a comment\"", "\"# not a comment\"")]
    [InlineData("f( )", "f()")]
    [InlineData("round(x,2)", "round(x, 2)")]
    [InlineData("asset . name", "asset.name")]
    [InlineData("[ ]", "[]")]
    [InlineData("[[1],[2, 3]]", "[[1], [2, 3]]")]
    [InlineData("((a))", "((a))")]
    [InlineData("(a+b).c", "(a + b).c")]
    [InlineData("true and false", "true and false")]
    public void Formats_expression_text(string source, string expected)
    {
        var diagnostics = new DiagnosticBag();
        var expression = RuleParser.ParseExpression(SourceText.From(source, "e.rules"), diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(expression);
        var formatted = RuleFormatter.FormatExpression(expression);
        Assert.Equal(expected, formatted);

        var again = RuleParser.ParseExpression(SourceText.From(formatted, "e.rules"), diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(SyntaxPrinter.Print(expression), SyntaxPrinter.Print(again!));
    }
}
