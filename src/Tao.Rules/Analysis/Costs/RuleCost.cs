using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Costs;

/// <summary>
/// The estimated cost of evaluating one rule for one entity, in abstract steps (see docs/cost.md): the sum of its
/// <see cref="Breakdown"/>.
/// </summary>
public sealed class RuleCost(BoundRule rule, IReadOnlyList<CostItem> breakdown)
{
    /// <summary>The rule estimated.</summary>
    public BoundRule Rule { get; } = rule;

    /// <summary>Where the cost comes from: the rule's clauses, each let it needs, each population aggregate; largest first.</summary>
    public IReadOnlyList<CostItem> Breakdown { get; } = breakdown;

    /// <summary>The total, saturating at <see cref="long.MaxValue"/>.</summary>
    public long Total { get; } = breakdown.Aggregate(0L, (sum, item) => sum > long.MaxValue - item.Cost ? long.MaxValue : sum + item.Cost);
}

/// <summary>One part of a <see cref="RuleCost"/>: what it is (<c>require</c>, <c>let share</c>, <c>sum(all …) at line 32</c>) and its cost.</summary>
public sealed record CostItem(string What, long Cost);
