using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="RuleFileAnalyzer"/> the way the compiler does (<see cref="CompilationWithAnalyzers"/>) over
/// additional files, for tests that compare with the core or look inside the cache.
/// </summary>
internal static class AnalyzerRun
{
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(IEnumerable<AdditionalText> files)
    {
        var compilation = CSharpCompilation.Create(
            "RuleHost",
            [CSharpSyntaxTree.ParseText("internal sealed class Host { }")],
            OfflineReferences.Runtime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers(
            [new RuleFileAnalyzer()],
            new AnalyzerOptions([.. files]));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    public static Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(params (string Path, string Text)[] files) =>
        DiagnosticsAsync(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));

    /// <summary>A Roslyn diagnostic in the form <c>tao-rules check</c> prints: <c>path(line,col): error TAOnnnn: message</c>.</summary>
    public static string ToMsBuildLine(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
