namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// The comparison of two evaluations (<see cref="EvaluationComparer"/>): the entities whose verdict or rule outcomes
/// changed, each with why, and how many did not change. Everything is in a stable order: changes by pack, then entity
/// key (ordinal); rules by id.
/// </summary>
public sealed class EvaluationDiff(
    DateTime? asOfBefore,
    DateTime? asOfAfter,
    IReadOnlyList<PackChange> packs,
    IReadOnlyList<EntityChange> changes,
    int entityCount)
{
    /// <summary>The evaluation date of the before side (null when it has no pack).</summary>
    public DateTime? AsOfBefore { get; } = asOfBefore;

    /// <summary>The evaluation date of the after side.</summary>
    public DateTime? AsOfAfter { get; } = asOfAfter;

    /// <summary>Every pack on either side, with what differs in its rules (often nothing).</summary>
    public IReadOnlyList<PackChange> Packs { get; } = packs;

    /// <summary>The (pack, entity) pairs with a changed verdict or rule outcome.</summary>
    public IReadOnlyList<EntityChange> Changes { get; } = changes;

    /// <summary>The distinct entity keys on either side.</summary>
    public int EntityCount { get; } = entityCount;

    /// <summary>The distinct entity keys with at least one change in any pack.</summary>
    public int ChangedEntityCount => Changes.Select(c => c.Entity).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The entities with no change in any pack: counted, not listed.</summary>
    public int UnchangedEntityCount => EntityCount - ChangedEntityCount;

    /// <summary>The number of rule outcomes that changed, over every entity and pack.</summary>
    public int RuleChangeCount => Changes.Sum(c => c.Rules.Count);

    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>
    /// How many (pack, entity) verdicts went from one value to another, most frequent first, then by the pair's
    /// spelling; a null side is a pack or entity that does not exist there.
    /// </summary>
    public IReadOnlyList<(Verdict? Before, Verdict? After, int Count)> VerdictFlips() =>
        Changes.Where(c => c.VerdictChanged)
            .GroupBy(c => (c.Before, c.After))
            .Select(g => (g.Key.Before, g.Key.After, Count: g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Before.HasValue ? EvaluationResult.VerdictText(f.Before.Value) : string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.After.HasValue ? EvaluationResult.VerdictText(f.After.Value) : string.Empty, StringComparer.Ordinal)
            .ToList();
}
