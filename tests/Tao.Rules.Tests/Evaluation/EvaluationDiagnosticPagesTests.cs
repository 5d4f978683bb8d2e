using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Tests.Infrastructure;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>The examples on the TAO6013 and TAO7001 pages give exactly the diagnostic shown, and their fixes give none.</summary>
public sealed class EvaluationDiagnosticPagesTests
{
    private static string Page(string id) => DiagnosticPages.Page(id);

    private static string[] Blocks(string page, string fence) => DiagnosticPages.Blocks(page, fence);

    [Fact]
    public void TAO6013_page()
    {
        var page = Page("TAO6013");
        var pack = EvaluationHarness.Compile("package jp.jvcea\n  applies to asset\nrule R-01 \"r\"\n  require has(asset.name)\n");
        var csv = FactFileReader.Read(SourceText.From(Blocks(page, "csv")[0], "assets.csv"), pack.Package.Schema!, new DiagnosticBag());
        var bag = new DiagnosticBag();
        Assert.False(pack.TryEvaluate(csv, new EvaluationOptions(), bag, out _));
        Assert.Equal(Blocks(page, "text")[0].TrimEnd('\n'), string.Join("\n", bag.Select(d => d.ToString())));

        var yaml = FactFileReader.Read(SourceText.From(Blocks(page, "yaml")[0], "assets.yaml"), pack.Package.Schema!, new DiagnosticBag());
        var fixedBag = new DiagnosticBag();
        Assert.True(pack.TryEvaluate(yaml, new EvaluationOptions(), fixedBag, out _));
        Assert.True(pack.TryEvaluate(csv, new EvaluationOptions { AsOf = new DateTime(2026, 1, 9) }, fixedBag, out _));
        Assert.Empty(fixedBag);
    }

    [Fact]
    public void TAO7001_page()
    {
        var page = Page("TAO7001");
        var source = Blocks(page, string.Empty)[0];
        var compilation = RuleCompilation.Create([SourceText.From(source, "demo.rules")]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var report = RuleTestRunner.Run(CompiledPack.Compile(compilation.Packages[0]));
        Assert.Equal(Blocks(page, "text")[0].TrimEnd('\n'), string.Join("\n", report.Diagnostics.Select(d => d.ToString())));

        var fix = Blocks(page, string.Empty)[1].Trim();
        var fixedSource = source.Replace("  expect PRIV-01 pass", "  " + fix, StringComparison.Ordinal);
        Assert.NotEqual(source, fixedSource);
        var fixedCompilation = RuleCompilation.Create([SourceText.From(fixedSource, "demo.rules")]);
        Assert.Empty(RuleTestRunner.Run(CompiledPack.Compile(fixedCompilation.Packages[0])).Diagnostics);
    }
}
