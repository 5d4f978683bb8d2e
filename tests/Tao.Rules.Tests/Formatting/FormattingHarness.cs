using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Formatting;

/// <summary>Parse-then-format steps shared by the formatter tests, failing loudly when a text does not parse cleanly.</summary>
internal static class FormattingHarness
{
    public static RuleSyntaxTree Parse(string source, string path = "test.rules")
    {
        var tree = RuleParser.ParseFile(SourceText.From(source, path));
        if (tree.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                "The text does not parse cleanly:\n" + string.Join("\n", tree.Diagnostics) + "\n--- text ---\n" + source);
        }

        return tree;
    }

    public static string Format(string source) => RuleFormatter.Format(Parse(source));

    public static string Format(CompilationUnitSyntax unit) =>
        RuleFormatter.Format(new RuleSyntaxTree(SourceText.From(string.Empty), SourceLanguage.Dsl, unit, []));

    public static IReadOnlyList<string> CommentTexts(RuleSyntaxTree tree) =>
        tree.Root.Comments.Select(c => c.Text.TrimEnd()).ToList();

    public static string ReadInput(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formatting", "Inputs", fileName)).Replace("\r\n", "\n");
}
