using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>An analyzer test over C# that declares rule functions, compiled against the real Tao.Rules core offline.</summary>
internal sealed class RuleFunctionAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public RuleFunctionAnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        ReferenceAssemblies = OfflineReferences.None;
        TestState.AdditionalReferences.AddRange(OfflineReferences.Framework);
        TestCode = source;
        ExpectedDiagnostics.AddRange(expected);
    }

    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Error);

    public static Task RunAsync(string source, params DiagnosticResult[] expected) => new RuleFunctionAnalyzerTest<TAnalyzer>(source, expected).RunAsync();
}
