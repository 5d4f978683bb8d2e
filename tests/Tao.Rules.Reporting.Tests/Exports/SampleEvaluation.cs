using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Reporting.Exports;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Tests;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Tests.Exports;

/// <summary>
/// Packs evaluated through the library with every file named by its repository-relative path (as <c>eval</c> names
/// them when run from the repository root), so exports are the same bytes on every machine.
/// </summary>
public static class SampleEvaluation
{
    /// <summary>Every shipped asset pack on rules/samples/assets.yaml with rules/samples/waivers.yaml (from <see cref="SampleRun"/>).</summary>
    public static IReadOnlyList<EvaluationResult> Assets { get; } = SampleRun.Results.Where(r => r.Pack.Kind == "asset").ToList();

    /// <summary>Every shipped subnet pack on rules/samples/subnets.yaml with rules/samples/waivers.yaml (from <see cref="SampleRun"/>).</summary>
    public static IReadOnlyList<EvaluationResult> Subnets { get; } = SampleRun.Results.Where(r => r.Pack.Kind == "subnet").ToList();

    /// <summary>The options of a run on the samples: rules/samples/waivers.yaml, and the params given.</summary>
    public static EvaluationOptions SampleOptions(IReadOnlyList<ParamOverride>? parameters = null)
    {
        var diagnostics = new DiagnosticBag();
        var options = new EvaluationOptions { Waivers = WaiverFileReader.Read(Read("rules/samples/waivers.yaml"), diagnostics), Params = parameters ?? [] };
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return options;
    }

    /// <summary>The export of <paramref name="results"/> as one string, written as <c>eval</c> writes it.</summary>
    public static string Export(IReadOnlyList<EvaluationResult> results, Func<TextWriter, IEvaluationWriter> create)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = create(output))
        {
            writer.Begin(results[0].AsOf);
            writer.WriteBatch(results);
            writer.End();
        }

        return output.ToString();
    }

    /// <summary>The packs of <paramref name="rules"/> that judge <paramref name="kind"/>, evaluated on the facts.</summary>
    public static IReadOnlyList<EvaluationResult> Evaluate(IEnumerable<SourceText> rules, string kind, SourceText facts, EvaluationOptions? options = null)
    {
        var compilation = RuleCompilation.Create(rules);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var packs = compilation.Packages.Select(CompiledPack.Compile).Where(p => p.Kind == kind).ToList();
        var table = FactFileReader.Read(facts, packs[0].Package.Schema!, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return packs.Select(p => p.Evaluate(table, options ?? EvaluationOptions.Default)).ToList();
    }

    /// <summary>Every rule file under rules/, named by its repository-relative path.</summary>
    public static IReadOnlyList<SourceText> ShippedPacks() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "rules"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'))
            .Where(path => path.EndsWith(".rules", StringComparison.Ordinal) || path.EndsWith(".rules.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    /// <summary>A repository file, named by its repository-relative path.</summary>
    public static SourceText Read(string relativePath) => SampleRun.Read(relativePath);
}
