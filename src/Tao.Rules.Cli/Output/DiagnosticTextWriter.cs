using System.Globalization;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Output;

/// <summary>Diagnostics as MSBuild canonical lines, which IDEs and CI systems turn into clickable annotations.</summary>
public static class DiagnosticTextWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }

        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} checked: {2} {3}, {4} {5}.",
            summary.Files,
            summary.Files == 1 ? "file" : "files",
            summary.Errors,
            summary.Errors == 1 ? "error" : "errors",
            summary.Warnings,
            summary.Warnings == 1 ? "warning" : "warnings"));
    }
}
