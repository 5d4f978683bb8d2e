namespace Tao.Rules.Diagnostics;

/// <summary>One entry of the diagnostic catalog: a stable id, a title and a message format.</summary>
public sealed class DiagnosticDescriptor(
    string id,
    string title,
    string messageFormat,
    DiagnosticCategory category,
    DiagnosticSeverity defaultSeverity)
{
    /// <summary>Where every id's page lives, relative to the repository root.</summary>
    public const string DocsFolder = "docs/diagnostics";

    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>A composite format string, filled with invariant culture.</summary>
    public string MessageFormat { get; } = messageFormat;

    public DiagnosticCategory Category { get; } = category;

    public DiagnosticSeverity DefaultSeverity { get; } = defaultSeverity;

    public string HelpPath => $"{DocsFolder}/{Id}.md";

    public override string ToString() => Id;
}
