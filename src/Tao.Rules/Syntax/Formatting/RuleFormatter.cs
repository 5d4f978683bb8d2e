using System.Text;

namespace Tao.Rules.Syntax.Formatting;

/// <summary>
/// The canonical layout of <c>*.rules</c> files behind <c>tao-rules fmt</c> (docs/formatting.md). Formatting keeps every
/// comment and never changes what the file means: parsing the output gives the same tree.
/// </summary>
public static class RuleFormatter
{
    /// <summary>Lines longer than this are broken where the layout allows it (givens, long conditions).</summary>
    public const int MaxLineWidth = 100;

    /// <summary>
    /// Formats a whole file: package header, members in source order, comments kept. The tree must be free of syntax
    /// errors (the CLI refuses to format a file that has them); the result ends with a newline and uses LF line ends.
    /// </summary>
    /// <exception cref="ArgumentException">The tree has syntax errors: a recovered tree has lost text, so formatting it would lose it too.</exception>
    public static string Format(RuleSyntaxTree tree)
    {
        if (tree.HasErrors)
        {
            throw new ArgumentException("A tree with syntax errors cannot be formatted; report its diagnostics instead.", nameof(tree));
        }

        var root = tree.Root;
        var groups = Groups(root);
        var endOfFile = CommentPlacement.Attach(tree.Text.Content, root.Comments, groups.SelectMany(g => g).ToList());

        var output = new StringBuilder();
        foreach (var group in groups)
        {
            if (output.Length > 0)
            {
                output.Append('\n');
            }

            foreach (var item in group)
            {
                WriteItem(output, item);
            }
        }

        if (endOfFile.Count > 0 && output.Length > 0)
        {
            output.Append('\n');
        }

        foreach (var comment in endOfFile)
        {
            output.Append(comment).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>Formats one expression with canonical spacing, adding parentheses only where grouping requires them.</summary>
    public static string FormatExpression(ExpressionSyntax expression) =>
        ExpressionFormatter.Format(expression, ExpressionFormatter.LoosestPrecedence);

    /// <summary>
    /// The blocks of the file, separated by one blank line: the header, each rule, each test, and each run of
    /// consecutive params or consecutive lets.
    /// </summary>
    private static List<List<LayoutItem>> Groups(CompilationUnitSyntax root)
    {
        var groups = new List<List<LayoutItem>>();
        if (root.Package is { } package)
        {
            groups.Add(MemberLayout.Package(package));
        }

        MemberDeclarationSyntax? previous = null;
        foreach (var member in root.Members)
        {
            switch (member)
            {
                case ParamDeclarationSyntax param:
                    AddToRun(groups, previous is ParamDeclarationSyntax, MemberLayout.Param(param));
                    break;
                case LetDeclarationSyntax let:
                    AddToRun(groups, previous is LetDeclarationSyntax, MemberLayout.Let(let));
                    break;
                case RuleDeclarationSyntax rule:
                    groups.Add(MemberLayout.Rule(rule));
                    break;
                case TestDeclarationSyntax test:
                    groups.Add(MemberLayout.Test(test));
                    break;
                default:
                    throw new ArgumentException($"Cannot format a member of type {member.GetType().Name}.", nameof(root));
            }

            previous = member;
        }

        return groups;
    }

    private static void AddToRun(List<List<LayoutItem>> groups, bool continuesRun, LayoutItem item)
    {
        if (continuesRun)
        {
            groups[groups.Count - 1].Add(item);
        }
        else
        {
            groups.Add([item]);
        }
    }

    private static void WriteItem(StringBuilder output, LayoutItem item)
    {
        var pad = new string(' ', item.Indent);
        foreach (var comment in item.LeadingComments)
        {
            output.Append(pad).Append(comment).Append('\n');
        }

        for (var i = 0; i < item.Lines.Count; i++)
        {
            output.Append(item.Lines[i].TrimEnd());
            if (i == item.Lines.Count - 1 && item.TrailingComment is { } trailing)
            {
                output.Append("  ").Append(trailing);
            }

            output.Append('\n');
        }
    }
}
