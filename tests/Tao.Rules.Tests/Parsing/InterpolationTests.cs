using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>because/remedy texts: literal parts, holes, literal braces, and spans at their true position.</summary>
public sealed class InterpolationTests
{
    private static InterpolatedStringSyntax Because(string literal)
    {
        var root = ParseAssert.Clean("package p\nrule A because " + literal + "\n");
        return root.Rules.Single().Because!.Text;
    }

    [Fact]
    public void Holes_and_text_alternate()
    {
        var text = Because("\"{asset.name} is handled by {count} exchanges\"");
        Assert.Equal(
            "(interpolated (hole (member (name asset) name)) (text \" is handled by \") (hole (name count)) (text \" exchanges\"))",
            SyntaxPrinter.Print(text));
    }

    [Fact]
    public void Hole_spans_are_true_file_positions()
    {
        var text = Because("\"a {x + 1} b\"");
        var hole = Assert.IsType<InterpolationHoleSyntax>(text.Parts[1]);
        Assert.Equal("{x + 1}", hole.Span.ToString());
        Assert.Equal("x + 1", hole.Expression.Span.ToString());
        Assert.Equal(new LinePosition(2, 20), hole.Expression.Span.GetLocation().StartPosition);
        var number = ((BinaryExpressionSyntax)hole.Expression).Right;
        Assert.Equal(new LinePosition(2, 24), number.Span.GetLocation().StartPosition);
        Assert.Equal("\"a {x + 1} b\"", text.Span.ToString());
        Assert.Equal("a ", text.Parts[0].Span.ToString());
        Assert.Equal(" b", text.Parts[2].Span.ToString());
    }

    [Fact]
    public void Double_braces_are_literal_braces()
    {
        Assert.Equal("(interpolated (text \"{x} and }\"))", SyntaxPrinter.Print(Because("\"{{x}} and }}\"")));
    }

    [Fact]
    public void Escapes_are_resolved_in_text_parts()
    {
        Assert.Equal("(interpolated (text \"say \\\"hi\\\"\\n\") (hole (name x)))", SyntaxPrinter.Print(Because("\"say \\\"hi\\\"\\n{x}\"")));
    }

    [Fact]
    public void A_text_without_holes_is_one_text_part()
    {
        Assert.Equal("(interpolated (text \"plain\"))", SyntaxPrinter.Print(Because("\"plain\"")));
        Assert.Equal("(interpolated)", SyntaxPrinter.Print(Because("\"\"")));
    }

    [Fact]
    public void ParseInterpolation_reads_text_without_quotes_and_keeps_backslashes()
    {
        var diagnostics = new DiagnosticBag();
        var text = RuleParser.ParseInterpolation(SourceText.From("{asset.kind == \"x\"} costs {{1}} C:\\path"), diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(
            "(interpolated (hole (binary == (member (name asset) kind) \"x\")) (text \" costs {1} C:\\\\path\"))",
            SyntaxPrinter.Print(text));
    }

    [Fact]
    public void ParseInterpolation_spans_map_to_the_yaml_file()
    {
        // A YAML file whose scalar `because: "{asset.nam +} x"` has its opening brace at line 3, column 15.
        var yaml = SourceText.From("rules:\n  - id: A\n    because: \"{asset.nam +} x\"\n", "pack.rules.yaml");
        var start = yaml.Content.IndexOf('{', StringComparison.Ordinal);
        var content = "{asset.nam +} x";
        var offsets = Enumerable.Range(start, content.Length + 1).ToArray();
        var embedded = SourceText.Embedded(content, yaml, offsets);

        var diagnostics = new DiagnosticBag();
        var text = RuleParser.ParseInterpolation(embedded, diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("pack.rules.yaml(3,27): error TAO1013: in interpolation hole: unexpected end of interpolation hole; expected an expression", diagnostic.ToString());
        Assert.Equal("(interpolated (text \" x\"))", SyntaxPrinter.Print(text));
    }

    [Fact]
    public void ParseExpression_spans_map_to_the_yaml_file()
    {
        var yaml = SourceText.From("require: >\n  asset.cap >=\n  3 TOA\n", "pack.rules.yaml");
        // The folded scalar's value is "asset.cap >= 3 TOA"; map each character back to where it was written.
        var content = "asset.cap >= 3 TOA";
        var offsets = new List<int>();
        var lineTwo = yaml.GetOffset(2, 3);
        var lineThree = yaml.GetOffset(3, 3);
        for (var k = 0; k < "asset.cap >=".Length; k++)
        {
            offsets.Add(lineTwo + k);
        }

        offsets.Add(lineTwo + "asset.cap >=".Length);
        for (var k = 0; k <= "3 TOA".Length; k++)
        {
            offsets.Add(lineThree + k);
        }

        var diagnostics = new DiagnosticBag();
        var expression = RuleParser.ParseExpression(SourceText.Embedded(content, yaml, offsets.ToArray()), diagnostics);
        Assert.Equal(["pack.rules.yaml(3,5): error TAO1005: unknown unit 'TOA'; did you mean 'TAO'?"], diagnostics.Select(d => d.ToString()));
        var comparison = Assert.IsType<BinaryExpressionSyntax>(expression);
        Assert.Equal(new LinePosition(2, 3), comparison.Left.Span.GetLocation().StartPosition);
        Assert.Equal(new LinePosition(3, 3), comparison.Right.Span.GetLocation().StartPosition);
    }

    [Fact]
    public void A_bad_hole_does_not_stop_the_rule()
    {
        var tree = ParseAssert.File("package p\nrule A because \"{1 +}\" require x\nrule B require y\n");
        Assert.Single(tree.Diagnostics);
        Assert.Equal(2, tree.Root.Rules.Count());
    }
}
