using System.Text;
using CsCheck;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;
using Tao.Rules.Syntax.Parsing;

namespace Tao.Rules.Tests.Formatting;

/// <summary>
/// Property tests over random valid trees (see <see cref="SyntaxGenerators"/>): formatted text parses cleanly back to
/// the same tree, formatting is idempotent, and comments survive.
/// </summary>
public sealed class FormatterPropertyTests
{
    private const int Samples = 300;

    [Fact]
    public void Formatted_text_parses_to_a_stable_tree_equal_to_the_generated_one()
    {
        SyntaxGenerators.CompilationUnit.Sample(
            unit =>
            {
                var text = FormattingHarness.Format(unit);
                var parsed = FormattingHarness.Parse(text);
                var text2 = RuleFormatter.Format(parsed);
                var parsed2 = FormattingHarness.Parse(text2);

                Assert.Equal(SyntaxPrinter.Print(parsed.Root), SyntaxPrinter.Print(parsed2.Root));

                // Stronger: apart from the parentheses the formatter had to add, the text means the generated tree.
                Assert.Equal(TreeShape.Of(unit), TreeShape.Of(parsed.Root));
            },
            iter: Samples,
            print: Describe);
    }

    [Fact]
    public void Formatting_is_idempotent()
    {
        SyntaxGenerators.CompilationUnit.Sample(
            unit =>
            {
                var text = FormattingHarness.Format(unit);
                Assert.Equal(text, RuleFormatter.Format(FormattingHarness.Parse(text)));
            },
            iter: Samples,
            print: Describe);
    }

    /// <summary>Comments put at random line ends and on random lines of their own, with awkward characters.</summary>
    private static readonly Gen<(double Where, bool Trailing, string Text)[]> Comments =
        Gen.Select(Gen.Double[0, 1], Gen.Bool, Gen.String[Gen.Char["ab #\"{}\\é-:"], 0, 10], (where, trailing, text) => (where, trailing, ("# c " + text).TrimEnd()))
            .Array[1, 8];

    [Fact]
    public void Comments_survive_formatting_in_number_and_text_and_the_result_is_idempotent()
    {
        Gen.Select(SyntaxGenerators.CompilationUnit, Comments).Sample(
            (unit, comments) =>
            {
                var commented = InsertComments(FormattingHarness.Format(unit), comments);
                var tree = FormattingHarness.Parse(commented);
                var formatted = RuleFormatter.Format(tree);
                var reparsed = FormattingHarness.Parse(formatted);

                Assert.Equal(
                    comments.Select(c => c.Text).OrderBy(c => c, StringComparer.Ordinal),
                    FormattingHarness.CommentTexts(reparsed).OrderBy(c => c, StringComparer.Ordinal));
                Assert.Equal(SyntaxPrinter.Print(tree.Root with { Comments = [] }), SyntaxPrinter.Print(reparsed.Root with { Comments = [] }));
                Assert.Equal(formatted, RuleFormatter.Format(reparsed));
            },
            iter: Samples,
            print: t => Describe(t.Item1));
    }

    [Fact]
    public void A_formatted_expression_parses_back_to_the_same_expression()
    {
        SyntaxGenerators.Expression(4).Sample(
            expression =>
            {
                var text = RuleFormatter.FormatExpression(expression);
                var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
                var parsed = RuleParser.ParseExpression(Tao.Rules.Text.SourceText.From(text, "e.rules"), diagnostics);

                Assert.True(diagnostics.Count == 0, text + "\n" + string.Join("\n", diagnostics));
                Assert.Equal(TreeShape.Of(expression), TreeShape.Of(parsed!));
                // Parentheses the formatter added are now in the tree, and print the same way.
                Assert.Equal(text, RuleFormatter.FormatExpression(parsed!));
            },
            iter: Samples,
            print: RuleFormatter.FormatExpression);
    }

    private static string InsertComments(string text, (double Where, bool Trailing, string Text)[] comments)
    {
        var lines = text.TrimEnd('\n').Split('\n').ToList();
        var trailingTaken = new HashSet<int>();
        foreach (var (where, trailing, comment) in comments)
        {
            var index = (int)(where * lines.Count);
            if (trailing && index < lines.Count && trailingTaken.Add(index) && !lines[index].TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                lines[index] += "   " + comment;
            }
            else
            {
                lines.Insert(Math.Min(index, lines.Count), "   " + comment);
                trailingTaken = trailingTaken.Select(i => i >= index ? i + 1 : i).ToHashSet();
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Describe(CompilationUnitSyntax unit)
    {
        var builder = new StringBuilder();
        try
        {
            builder.Append(FormattingHarness.Format(unit));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            builder.Append(e.Message);
        }

        return builder.ToString();
    }
}
