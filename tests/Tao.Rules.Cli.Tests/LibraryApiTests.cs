using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Tests;

/// <summary>The README's "Library API" sample, run: compile once, evaluate many fact tables at once.</summary>
public sealed class LibraryApiTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_readme_sample_compiles_once_and_evaluates_fact_tables_concurrently()
    {
        _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        var one = _folder.Write("facts/exchange-a.yaml", EvaluationSamples.Facts);
        var two = _folder.Write("facts/exchange-b.jsonl", "{\"kind\": \"asset\", \"as_of\": \"2026-01-09\"}\n{\"symbol\": \"XMR\", \"market_cap\": 3000000000, \"has_privacy_feature\": true}\n");

        var compilation = RuleCompilation.Create(
            Directory.EnumerateFiles(Path.Combine(_folder.Path, "rules"), "*", SearchOption.AllDirectories)
                .Select(path => SourceText.From(File.ReadAllText(path), path)));
        Assert.False(compilation.HasErrors);

        CompiledPack pack = CompiledPack.Compile(compilation.Packages.Single(p => p.Name == "demo.screen"));
        var options = new EvaluationOptions { AsOf = new DateTime(2026, 1, 9) };

        string[] factFiles = [one, two, one, two, one, two, one, two];
        var results = new EvaluationResult[factFiles.Length];
        Parallel.For(0, factFiles.Length, i =>
        {
            var diagnostics = new DiagnosticBag();
            FactTable facts = FactFileReader.Read(factFiles[i], pack.Package.Schema!, diagnostics);
            results[i] = pack.TryEvaluate(facts, options, diagnostics, out var result)
                ? result!
                : throw new InvalidOperationException(string.Join("\n", diagnostics));
        });

        for (var i = 0; i < results.Length; i += 2)
        {
            Assert.Equal(["BIG:ready", "XMR:blocked", "SMALL:at-risk"], results[i].Verdicts().Select(v => $"{v.Entity}:{EvaluationResult.VerdictText(v.Verdict)}"));
            Assert.Equal(["XMR:blocked"], results[i + 1].Verdicts().Select(v => $"{v.Entity}:{EvaluationResult.VerdictText(v.Verdict)}"));
        }

        Assert.Equal("BIG DEMO-01 pass", results[0].Results().Select(r => $"{r.Entity} {r.RuleId} {EvaluationResult.OutcomeText(r.Outcome)}").First());
        Assert.StartsWith("DEMO-01 \"Large enough\": pass", results[0].Explain(row: 0, ruleIndex: 0).ToString(), StringComparison.Ordinal);
    }
}
