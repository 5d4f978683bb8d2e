using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Output;

/// <summary>Counts for the last line of <c>check</c>.</summary>
public sealed record CheckSummary(int Files, int Errors, int Warnings)
{
    public CheckSummary(int files, IReadOnlyList<Diagnostic> diagnostics)
        : this(
            files,
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning))
    {
    }
}
