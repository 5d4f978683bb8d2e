using BenchmarkDotNet.Attributes;
using Tao.Rules.Binding;
using Tao.Rules.Evaluation;
using Tao.Rules.Text;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// Issue #3's bar: compiling a 1,000-rule pack (the generated pack of <see cref="PackGenerator"/>) in under 1 s.
/// <see cref="CompileBoundPack"/> is the evaluator's own step (bound package to delegates); <see cref="ParseBindCompile"/>
/// is everything from source text, as <c>tao-rules eval</c> pays it.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private SourceText _source = null!;
    private BoundPackage _package = null!;

    [Params(1000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = SourceText.From(PackGenerator.Generate(Rules), "generated.rules");
        var compilation = RuleCompilation.Create([_source]);
        if (compilation.HasErrors)
        {
            throw new InvalidOperationException("The generated pack must compile: " + string.Join("\n", compilation.Diagnostics.Take(5)));
        }

        _package = compilation.Packages[0];
    }

    [Benchmark]
    public CompiledPack CompileBoundPack() => CompiledPack.Compile(_package);

    [Benchmark]
    public CompiledPack ParseBindCompile() => CompiledPack.Compile(RuleCompilation.Create([_source]).Packages[0]);
}
