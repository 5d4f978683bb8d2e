using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>The outcome of one rule for one entity, with what a reader needs to act on it.</summary>
public sealed class RuleResult(
    string entity,
    string pack,
    string ruleId,
    Outcome outcome,
    RuleSeverity severity,
    IReadOnlyList<string> missing,
    string? error,
    Waiver? waiver,
    Explanation? explanation)
{
    /// <summary>The entity's key (<c>TAO</c>, <c>7</c>).</summary>
    public string Entity { get; } = entity;

    public string Pack { get; } = pack;

    public string RuleId { get; } = ruleId;

    public Outcome Outcome { get; } = outcome;

    public RuleSeverity Severity { get; } = severity;

    /// <summary>For <see cref="Outcome.Unknown"/>: the missing facts (<c>asset.market_cap</c>); empty otherwise.</summary>
    public IReadOnlyList<string> Missing { get; } = missing;

    /// <summary>For <see cref="Outcome.Error"/>: the message (<c>division by zero</c>); null otherwise.</summary>
    public string? Error { get; } = error;

    /// <summary>For <see cref="Outcome.Waived"/>: the waiver applied.</summary>
    public Waiver? Waiver { get; } = waiver;

    /// <summary>The explanation; null when it was not asked for (see <see cref="EvaluationResult.GetResult"/>).</summary>
    public Explanation? Explanation { get; } = explanation;
}
