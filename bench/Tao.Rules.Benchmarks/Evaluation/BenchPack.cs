using Tao.Rules.Evaluation;
using Tao.Rules.Text;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>The 15-rule pack of <c>bench/rules/bench-listing.rules</c> (embedded), compiled.</summary>
public static class BenchPack
{
    public static string Source()
    {
        using var stream = typeof(BenchPack).Assembly.GetManifestResourceStream("bench-listing.rules")
            ?? throw new InvalidOperationException("The embedded bench-listing.rules is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static CompiledPack Compile()
    {
        var compilation = RuleCompilation.Create([SourceText.From(Source(), "bench-listing.rules")]);
        if (compilation.HasErrors || compilation.Packages.Count != 1)
        {
            throw new InvalidOperationException("bench-listing.rules must compile cleanly: " + string.Join("\n", compilation.Diagnostics.Take(5)));
        }

        return CompiledPack.Compile(compilation.Packages[0]);
    }
}
