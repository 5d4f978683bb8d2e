using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation;

/// <summary>Compiled rules evaluated together by one delegate that loops over the entities (IL emitted on first use).</summary>
internal sealed class RuleGroup(IReadOnlyList<BoundRule> rules, Lazy<Action<EvaluationRun, byte[], int>> evaluate)
{
    /// <summary>How many rules one group holds: large enough to spare calls, small enough to JIT quickly.</summary>
    public const int Size = 32;

    public IReadOnlyList<BoundRule> Rules { get; } = rules;

    /// <summary>Evaluates every rule of the group for rows <c>start</c> to the end, writing outcomes by rule index.</summary>
    public Lazy<Action<EvaluationRun, byte[], int>> Evaluate { get; } = evaluate;
}
