using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A rule as block nodes: <see cref="When"/> (null when the rule has none) writes truth slot 0, <see cref="Require"/> truth slot 1.</summary>
internal sealed class ColumnarRule(BoundRule rule, TruthNode? when, TruthNode require)
{
    public BoundRule Rule { get; } = rule;

    public TruthNode? When { get; } = when;

    public TruthNode Require { get; } = require;

    /// <summary>The rule's <c>when</c> through the interpreter, for the rows after the last whole 8.</summary>
    public Func<EvaluationRun, int, int>? InterpretedWhen { get; } =
        rule.When is { } condition ? (run, row) => run.Interpreter.EvaluateTruth(condition, row) : null;

    public Func<EvaluationRun, int, int>? InterpretedRequire { get; } =
        rule.Require is { } condition ? (run, row) => run.Interpreter.EvaluateTruth(condition, row) : null;
}
