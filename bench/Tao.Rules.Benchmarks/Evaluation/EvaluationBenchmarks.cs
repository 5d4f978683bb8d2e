using BenchmarkDotNet.Attributes;

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

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Create(Assets);
        _handWrittenOutcomes = new Outcome[Assets * HandWrittenScreen.RuleCount];
        _rulesEnginePassed = new bool[HandWrittenScreen.RuleCount];
        _rulesEngine = RulesEngineScreen.CreateEngine();
        AgreementCheck.RulesEngineAgreesWithHandWritten(_rulesEngine, _data, sample: 2_000);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Assets)]
    public void HandWritten() => HandWrittenScreen.Evaluate(_data.Rows, _handWrittenOutcomes);

    [Benchmark(OperationsPerInvoke = Assets)]
    public void RulesEngine()
    {
        foreach (var asset in _data.Assets)
        {
            RulesEngineScreen.Evaluate(_rulesEngine, asset, _rulesEnginePassed);
        }
    }
}
