using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Tao.Rules.Analyzers.Tests.Infrastructure;
using CoreSourceText = Tao.Rules.Text.SourceText;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>
/// The analyzer reports what <c>tao-rules check</c> reports: the same lines (path, line, column, severity, id,
/// message) as the core's <see cref="RuleCompilation"/> prints for the same files, and the same end positions.
/// </summary>
public sealed class CheckParityTests
{
    private static readonly (string Path, string Text)[] BrokenSet =
    [
        ("/p/schema/pool.schema.yaml", "kind: pool\nkey: id\nfields:\n  id: { type: string, required: true }\n  tvl: { type: numbr }\n"),
        ("/p/a.rules", RuleFileFixtures.CleanDsl.Replace("100000000 USD", "100000000 USDX", StringComparison.Ordinal).Replace("  severity major\n", string.Empty, StringComparison.Ordinal)),
        ("/p/b.rules", "package demo.b\n  applies to asset\n\nrule B-01 \"x\"\n  require asset.market_kap > 1 and (\n"),
        ("/p/c.rules.yaml", RuleFileFixtures.CleanYaml.Replace("    severity: major", "    severty: major", StringComparison.Ordinal)),
        ("/p/d.rules", "package demo.d\n  applies to pool\n\nrule D-01 \"t\"\n  cite \"c\"\n  require pool.tvl > 3\n  because \"b\"\n"),
        ("/p/e.rules", "package demo.e\n  applies to asset\n\nrule E-01 \"t\n  require true\n"),
    ];

    [Fact]
    public async Task Broken_files_give_the_lines_check_prints()
    {
        var analyzer = await AssertParity(BrokenSet);

        // Not a vacuous match: every family is there, from several files.
        Assert.Equal(["TAO1", "TAO2", "TAO3", "TAO4"], analyzer.Select(d => d.Id[..4]).Distinct().Order(StringComparer.Ordinal));
        Assert.True(analyzer.Select(d => d.Location.GetLineSpan().Path).Distinct().Count() >= 5);
    }

    [Fact]
    public async Task The_shipped_packs_give_the_lines_check_prints_none()
    {
        var files = ShippedRuleFiles.Read();
        Assert.NotEmpty(files);
        var analyzer = await AssertParity(files);
        Assert.Empty(analyzer);
    }

    private static async Task<ImmutableArray<Diagnostic>> AssertParity((string Path, string Text)[] files)
    {
        var core = RuleCompilation.Create(files.Select(f => CoreSourceText.From(f.Text, f.Path)));
        var analyzer = await AnalyzerRun.DiagnosticsAsync(files);

        var expected = core.Diagnostics.Select(d => d.ToString()).ToList();
        var actual = analyzer.Select(AnalyzerRun.ToMsBuildLine).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

        var expectedEnds = core.Diagnostics.Select(d => (d.Location.Path, d.Location.EndPosition.Line, d.Location.EndPosition.Column)).Order();
        var actualEnds = analyzer.Select(d => d.Location.GetLineSpan()).Select(s => (s.Path, s.EndLinePosition.Line + 1, s.EndLinePosition.Character + 1)).Order();
        Assert.Equal(expectedEnds, actualEnds);
        return analyzer;
    }
}
