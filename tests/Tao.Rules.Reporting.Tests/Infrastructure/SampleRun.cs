using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Reporting.Model;
using Tao.Rules.Tests;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Tests.Infrastructure;

/// <summary>
/// The shipped packs evaluated on the shipped samples with the sample waivers, as <c>tao-rules report</c> does with no
/// arguments from the repository root — every file named by its path relative to the root, so goldens are the same on
/// every machine. Built once.
/// </summary>
public static class SampleRun
{
    private static readonly Lazy<IReadOnlyList<EvaluationResult>> Lazy = new(Evaluate);

    public static IReadOnlyList<EvaluationResult> Results => Lazy.Value;

    public static RunReport Report() => RunReportBuilder.Build(Results, ["results.json", "results.csv"]);

    /// <summary>The shipped templates folder, shown as <c>templates</c>.</summary>
    public static string TemplatesPath => Path.Combine(RepositoryRoot.Path, "templates");

    public static SourceText Read(string relativePath) =>
        SourceText.From(File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath)), relativePath);

    private static IReadOnlyList<EvaluationResult> Evaluate()
    {
        var rulesFolder = Path.Combine(RepositoryRoot.Path, "rules");
        var sources = Directory.GetFiles(rulesFolder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".rules", StringComparison.Ordinal) || f.EndsWith(".rules.yaml", StringComparison.Ordinal) || f.EndsWith(".schema.yaml", StringComparison.Ordinal))
            .Select(f => Read(Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/')))
            .ToList();
        var compilation = RuleCompilation.Create(sources);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var packs = compilation.Packages.Select(CompiledPack.Compile).ToList();
        var diagnostics = new DiagnosticBag();
        var options = new EvaluationOptions { Waivers = WaiverFileReader.Read(Read("rules/samples/waivers.yaml"), diagnostics) };
        var results = new List<EvaluationResult>();
        foreach (var (kind, file) in new[] { ("asset", "rules/samples/assets.yaml"), ("subnet", "rules/samples/subnets.yaml") })
        {
            var kindPacks = packs.Where(p => p.Kind == kind).ToList();
            var table = FactFileReader.Read(Read(file), kindPacks[0].Package.Schema!, diagnostics);
            foreach (var pack in kindPacks)
            {
                Assert.True(pack.TryEvaluate(table, options, diagnostics, out var result), string.Join("\n", diagnostics));
                results.Add(result!);
            }
        }

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics));
        return results;
    }
}
