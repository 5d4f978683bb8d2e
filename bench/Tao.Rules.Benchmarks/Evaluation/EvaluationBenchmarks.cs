using BenchmarkDotNet.Attributes;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// Issue #3's bars, side by side on the same 100,000 generated assets and the 15 rules of
/// <c>bench/rules/bench-listing.rules</c>: the compiled evaluator against hand-written C# (the practical limit; the
/// baseline) and Microsoft RulesEngine 6.0.1. One operation is one asset: each invocation evaluates all of them and
/// BenchmarkDotNet divides by <see cref="Assets"/>, so Mean is the time per asset and Allocated the bytes per asset.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    public const int Assets = 100_000;

    private BenchmarkData _data = null!;
    private Outcome[] _handWrittenOutcomes = null!;
    private bool[] _rulesEnginePassed = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private CompiledPack _pack = null!;
    private EvaluationOptions _compiled = null!;
    private EvaluationOptions _interpreted = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pack = BenchPack.Compile();
        _compiled = new EvaluationOptions { Engine = EvaluationEngine.Compiled };
        _interpreted = new EvaluationOptions { Engine = EvaluationEngine.Interpreted };
        _data = BenchmarkData.Create(Assets, _pack.Package.Schema!);
        _handWrittenOutcomes = new Outcome[Assets * HandWrittenScreen.RuleCount];
        _rulesEnginePassed = new bool[HandWrittenScreen.RuleCount];
        _rulesEngine = RulesEngineScreen.CreateEngine();
        AgreementCheck.RulesEngineAgreesWithHandWritten(_rulesEngine, _data, sample: 2_000);
        AgreementCheck.TaoRulesAgreesWithHandWritten(TaoRules(), _data, "compiled");
        AgreementCheck.TaoRulesAgreesWithHandWritten(TaoRulesInterpreted(), _data, "interpreted");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Assets)]
    public void HandWritten() => HandWrittenScreen.Evaluate(_data.Rows, _handWrittenOutcomes);

    /// <summary>Bulk evaluation with the compiled evaluator; the result holds one outcome byte per asset and rule.</summary>
    [Benchmark(OperationsPerInvoke = Assets)]
    public EvaluationResult TaoRules() => Evaluate(_compiled);

    /// <summary>The same with the reference interpreter (trace off), for scale.</summary>
    [Benchmark(OperationsPerInvoke = Assets)]
    public EvaluationResult TaoRulesInterpreted() => Evaluate(_interpreted);

    [Benchmark(OperationsPerInvoke = Assets)]
    public void RulesEngine()
    {
        foreach (var asset in _data.Assets)
        {
            RulesEngineScreen.Evaluate(_rulesEngine, asset, _rulesEnginePassed);
        }
    }

    private EvaluationResult Evaluate(EvaluationOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (!_pack.TryEvaluate(_data.Facts, options, diagnostics, out var result))
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        return result!;
    }
}
