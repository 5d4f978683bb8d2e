using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Yaml;

/// <summary>Parses YAML rule snippets for tests.</summary>
internal static class YamlParse
{
    public const string Header = "package: t.p\n";

    public static RuleSyntaxTree File(string yaml) => YamlRuleParser.Parse(SourceText.From(yaml, "t.rules.yaml"));

    /// <summary>Every diagnostic as <c>(line,col) ID message</c>.</summary>
    public static string[] Diagnostics(string yaml) => DiagnosticLines.Of(File(yaml).Diagnostics);

    /// <summary>Every diagnostic as <c>(line,col) ID</c>.</summary>
    public static string[] Positions(string yaml) => DiagnosticLines.Positions(File(yaml).Diagnostics);

    /// <summary>A file that must have no diagnostics.</summary>
    public static CompilationUnitSyntax Clean(string yaml)
    {
        var tree = File(yaml);
        Assert.True(tree.Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", tree.Diagnostics));
        return tree.Root;
    }
}
