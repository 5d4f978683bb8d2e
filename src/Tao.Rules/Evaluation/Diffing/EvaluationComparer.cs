namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// Compares two evaluations of rule packs — before and after a change to the rules, the params, the waivers or the
/// facts — per (pack, entity, rule): which outcomes and verdicts change, and why. A reason is something that differs
/// between the sides and that the rule reads (its clauses, lets, params, the entity's facts, as_of, a waiver); several
/// may be listed, and each is a candidate cause, not a proof that it alone flipped the outcome.
/// </summary>
public static class EvaluationComparer
{
    /// <summary>
    /// Compares <paramref name="before"/> with <paramref name="after"/>: one result per pack on each side (packs are
    /// matched by name, entities by key, rules by id). A rule, pack or entity that exists on one side only is listed
    /// where its outcome there is fail, unknown, error or waived (a pass or not_applicable decides nothing).
    /// </summary>
    /// <exception cref="ArgumentException">A side holds two results of one pack.</exception>
    public static EvaluationDiff Compare(IReadOnlyList<EvaluationResult> before, IReadOnlyList<EvaluationResult> after)
    {
        var beforeByPack = ByPack(before, nameof(before));
        var afterByPack = ByPack(after, nameof(after));
        var packNames = beforeByPack.Keys.Union(afterByPack.Keys, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
        var packs = new List<PackChange>();
        var changes = new List<EntityChange>();
        foreach (var name in packNames)
        {
            var comparison = new PackComparison(beforeByPack.GetValueOrDefault(name), afterByPack.GetValueOrDefault(name));
            packs.Add(comparison.Summary());
            changes.AddRange(comparison.EntityChanges());
        }

        var entities = before.Concat(after).SelectMany(r => r.Facts.Keys).Distinct(StringComparer.Ordinal).Count();
        return new EvaluationDiff(before.FirstOrDefault()?.AsOf, after.FirstOrDefault()?.AsOf, packs, changes, entities);
    }

    private static Dictionary<string, EvaluationResult> ByPack(IReadOnlyList<EvaluationResult> results, string side)
    {
        var byPack = new Dictionary<string, EvaluationResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!byPack.TryAdd(result.PackName, result))
            {
                throw new ArgumentException($"The {side} side holds two results of the pack '{result.PackName}'.", side);
            }
        }

        return byPack;
    }
}
