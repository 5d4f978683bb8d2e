using BenchmarkDotNet.Attributes;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// Issue #3's bar: compiling a 1,000-rule pack (the generated pack of <see cref="PackGenerator"/>) in under 1 s.
/// <see cref="CompileBoundPack"/> is the evaluator's own step (bound package to delegates); <see cref="ParseBindCompile"/>
/// is everything from source text, as <c>tao-rules eval</c> pays it. IL is emitted on first use, so
/// <see cref="CompileAndWarm"/> (IL for every rule at once) and <see cref="CompileAndEvaluateOne"/> (a first run, with
/// the compiled engine, of one entity for which every rule's conditions run) are the whole cost of getting a pack ready.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private SourceText _source = null!;
    private BoundPackage _package = null!;
    private FactTable _one = null!;
    private EvaluationOptions _options = null!;

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
        var diagnostics = new DiagnosticBag();
        _one = FactFileReader.Read(
            SourceText.From(
                """
                entities:
                  - { symbol: BTC, asset_type: native, has_privacy_feature: false, domestic_handler_count: 5, custody_cold_ratio: 98,
                      market_cap: 1000000000, adv_30d: 5000000, max_retail_leverage: 2, first_domestic_listing: 2020-01-01, audit_count: 2 }
                """,
                "one.yaml"),
            _package.Schema!,
            diagnostics);
        _options = new EvaluationOptions { AsOf = new DateTime(2026, 1, 9), Engine = EvaluationEngine.Compiled };
        if (diagnostics.Count > 0 || _one.RowCount != 1)
        {
            throw new InvalidOperationException("The one-entity facts must read cleanly: " + string.Join("\n", diagnostics));
        }
    }

    [Benchmark]
    public CompiledPack CompileBoundPack() => CompiledPack.Compile(_package);

    [Benchmark]
    public CompiledPack ParseBindCompile() => CompiledPack.Compile(RuleCompilation.Create([_source]).Packages[0]);

    /// <summary>Compile and emit the IL of every rule now (<see cref="CompiledPack.Warm"/>), rather than on first use.</summary>
    [Benchmark]
    public CompiledPack CompileAndWarm()
    {
        var pack = CompiledPack.Compile(_package);
        pack.Warm();
        return pack;
    }

    /// <summary>Compile, then evaluate one entity with the compiled engine: what a first run pays.</summary>
    [Benchmark]
    public EvaluationResult CompileAndEvaluateOne()
    {
        var pack = CompiledPack.Compile(_package);
        return pack.Evaluate(_one, _options);
    }
}
