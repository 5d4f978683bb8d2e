using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>
/// What an IDE does for one open additional file: analyze only that file. Its diagnostics come out, bound against the
/// project's other files, and no other file's diagnostics are attributed to it.
/// </summary>
public sealed class SingleFileAnalysisTests
{
    [Fact]
    public async Task Analyzing_one_rule_file_reports_its_diagnostics_bound_against_the_other_files()
    {
        var schema = new InMemoryAdditionalText("/ide/pool.schema.yaml", "kind: pool\nkey: id\nfields:\n  id: { type: string, required: true }\n  tvl: { type: number, unit: USD }\n");
        var broken = new InMemoryAdditionalText("/ide/pools.rules", "package demo.pools\n  applies to pool\n\nrule P-01 \"t\"\n  severity major\n  cite \"c\"\n  require pool.tvel > 1 USD\n  because \"b\"\n");
        var other = new InMemoryAdditionalText("/ide/other.rules", RuleFileFixtures.CleanDsl.Replace("100000000 USD", "100000000 USDX", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            "IdeHost",
            [CSharpSyntaxTree.ParseText("internal sealed class Host { }")],
            OfflineReferences.Runtime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new RuleFileAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new AnalyzerOptions([schema, broken, other]));

        var result = await withAnalyzers.GetAnalysisResultAsync(broken, CancellationToken.None);

        var file = Assert.Single(result.AdditionalFileDiagnostics);
        Assert.Same(broken, file.Key);
        Assert.Equal(
            [
                "/ide/pools.rules(4,6): warning TAO4004: rule 'P-01' is not exercised by any test in this package",
                "/ide/pools.rules(7,16): error TAO3001: unknown field 'pool.tvel'; did you mean 'pool.tvl'?",
            ],
            file.Value[analyzer].Select(AnalyzerRun.ToMsBuildLine).Order(StringComparer.Ordinal));
    }
}
