using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analyzers.RuleFiles;

/// <summary>Where the page of each diagnostic id lives: the one place the documentation address is written.</summary>
internal static class HelpLinks
{
    /// <summary>The repository's files on the default branch; each page is this base followed by <c>docs/diagnostics/TAOnnnn.md</c>.</summary>
    public const string DocumentationBase = "https://github.com/tao-rules/Tao.Rules/blob/main/";

    public static string For(string id) => $"{DocumentationBase}{DiagnosticDescriptor.DocsFolder}/{id}.md";
}
