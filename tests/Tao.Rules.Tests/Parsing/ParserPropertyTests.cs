using CsCheck;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Whatever the text, the parser returns a tree whose spans nest inside the text, and never throws.</summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        "package p", "title \"t\"", "applies to asset", "jurisdiction JP", "version \"1\"", "effective 2026-01-01", "until 2026-12-31",
        "param a =", "let b =", "rule R-1", "rule R-2 \"x\"", "severity major", "severity", "cite \"c\"", "tags [\"a\", \"b\"]", "tags [",
        "when", "require", "because \"{a} and {b.c}\"", "because \"{a +}\"", "remedy \"r {{x}}\"", "test \"t\"", "given asset {", "given asset { x: 1 }",
        "as of 2026-01-01", "expect R-1 pass", "expect verdict blocked", "for \"X\"",
        "a", "b", "asset.cap", "x.y.z", "f(", "any(xs, v => v > 1)", "sum(all subnet.s where subnet.s > 0 TAO)", "count(all subnet)", "all",
        "1", "2.5", "1e-9", "1e400", "3 TAO", "95 %", "0.5 TAO/block", "6 months", "3 TOA", "2026-02-30", "2026-01-01",
        "\"s\"", "\"unterminated", "\"bad \\q\"", "true", "false", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=", "=>",
        "and", "or", "not", "in", "not in", "between", "where", "(", ")", "[", "]", "{", "}", ",", ":", ".", "@", "#", "# comment", "\n", "\n", "\n",
    ];

    [Fact]
    public void Random_token_soup_parses_without_throwing_and_with_nested_spans()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 50].Sample(
            indices =>
            {
                var text = string.Join(" ", indices.Select(i => Pieces[i]));
                var tree = RuleParser.ParseFile(SourceText.From(text, "soup.rules"));

                Assert.DoesNotContain(tree.Diagnostics, d => d.Message.Contains("failed unexpectedly", StringComparison.Ordinal));
                Assert.All(tree.Diagnostics, d => Assert.InRange(d.Location.Start, 0, text.Length));
                Assert.All(tree.Diagnostics, d => Assert.StartsWith("TAO10", d.Id, StringComparison.Ordinal));
                SyntaxWalk.Visit(tree.Root, (node, parent) =>
                {
                    Assert.InRange(node.Span.Start, 0, text.Length);
                    Assert.InRange(node.Span.End, node.Span.Start, text.Length);
                    if (parent is not null)
                    {
                        Assert.True(
                            node.Span.Start >= parent.Span.Start && node.Span.End <= parent.Span.End,
                            $"{node.GetType().Name} '{node.Span}' is not inside its parent {parent.GetType().Name} '{parent.Span}'");
                    }
                });

                var again = RuleParser.ParseFile(SourceText.From(text, "soup.rules"));
                Assert.Equal(SyntaxPrinter.Print(tree.Root), SyntaxPrinter.Print(again.Root));
                Assert.Equal(tree.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
            },
            iter: 3_000);
    }

    [Fact]
    public void A_file_that_parses_cleanly_has_a_package_and_only_declarations()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 30].Sample(
            indices =>
            {
                var text = string.Join(" ", indices.Select(i => Pieces[i]));
                var tree = RuleParser.ParseFile(SourceText.From(text));
                if (!tree.HasErrors)
                {
                    Assert.NotNull(tree.Root.Package);
                }
            },
            iter: 2_000);
    }
}
