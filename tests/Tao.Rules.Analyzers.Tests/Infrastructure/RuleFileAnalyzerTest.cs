using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>
/// A <see cref="RuleFileAnalyzer"/> test: rule files go in <c>TestState.AdditionalFiles</c>, expected diagnostics in
/// <c>ExpectedDiagnostics</c> with spans inside those files. One tiny C# file makes the compilation the analyzer runs in.
/// </summary>
internal sealed class RuleFileAnalyzerTest : CSharpAnalyzerTest<RuleFileAnalyzer, DefaultVerifier>
{
    public RuleFileAnalyzerTest(params (string Path, string Text)[] ruleFiles)
    {
        ReferenceAssemblies = OfflineReferences.None;
        TestState.AdditionalReferences.AddRange(OfflineReferences.Runtime);
        TestState.Sources.Add("internal sealed class Host { }");
        foreach (var file in ruleFiles)
        {
            TestState.AdditionalFiles.Add(file);
        }
    }

    /// <summary>An expected diagnostic with the catalog's severity.</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<RuleFileAnalyzer, DefaultVerifier>.Diagnostic(id);
}
