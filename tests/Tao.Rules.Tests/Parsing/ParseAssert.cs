using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Parses snippets and states what the tree or the diagnostics must be, with exact positions.</summary>
internal static class ParseAssert
{
    public const string Header = "package t.p\n";

    public static RuleSyntaxTree File(string text) => RuleParser.ParseFile(SourceText.From(text, "test.rules"));

    /// <summary>Parses a whole file that must have no diagnostics.</summary>
    public static CompilationUnitSyntax Clean(string text)
    {
        var tree = File(text);
        Assert.True(tree.Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", tree.Diagnostics));
        return tree.Root;
    }

    /// <summary>The printed tree of one expression (parsed through ParseExpression) that must parse cleanly.</summary>
    public static string Expression(string text)
    {
        var diagnostics = new DiagnosticBag();
        var expression = RuleParser.ParseExpression(SourceText.From(text, "e"), diagnostics);
        Assert.True(diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", diagnostics));
        Assert.NotNull(expression);
        return SyntaxPrinter.Print(expression!);
    }

    /// <summary>The diagnostics of one expression, as "(line,col): ID: message".</summary>
    public static string[] ExpressionDiagnostics(string text)
    {
        var diagnostics = new DiagnosticBag();
        RuleParser.ParseExpression(SourceText.From(text, "e"), diagnostics);
        return diagnostics.Select(Short).ToArray();
    }

    /// <summary>The printed members of a file that must parse cleanly (the package line excluded).</summary>
    public static string Members(string text)
    {
        var root = Clean(Header + text);
        return string.Join("\n", root.Members.Select(SyntaxPrinter.Print));
    }

    /// <summary>Every diagnostic of a file, as "(line,col): ID: message".</summary>
    public static string[] Diagnostics(string text) => File(text).Diagnostics.Select(Short).ToArray();

    public static string Short(Diagnostic d) => $"{d.Location.StartPosition}: {d.Id}: {d.Message}";
}
