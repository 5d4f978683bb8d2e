using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax;

public enum SourceLanguage
{
    /// <summary>A <c>*.rules</c> file.</summary>
    Dsl,

    /// <summary>A <c>*.rules.yaml</c> file.</summary>
    Yaml,
}

/// <summary>The result of parsing one rule file: the tree (as much of it as could be recovered) and the diagnostics.</summary>
public sealed class RuleSyntaxTree(SourceText text, SourceLanguage language, CompilationUnitSyntax root, IReadOnlyList<Diagnostic> diagnostics)
{
    public SourceText Text { get; } = text;

    public SourceLanguage Language { get; } = language;

    public CompilationUnitSyntax Root { get; } = root;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
