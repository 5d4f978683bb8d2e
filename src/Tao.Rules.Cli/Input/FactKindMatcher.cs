using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// Which packs a fact file is for. A file that states its kind (<c>kind: asset</c>, or a JSONL header line) is for the
/// packs of that kind; one that does not (CSV) is for the kind whose schema reads its first entities with the fewest
/// problems. Packs of another kind are skipped with a note on stderr.
/// </summary>
public static class FactKindMatcher
{
    /// <summary>The packs to evaluate on <paramref name="factsPath"/>, or null (after printing why) when none fits: exit 2.</summary>
    public static IReadOnlyList<CompiledPack>? Match(CliConsole console, string factsPath, IReadOnlyList<CompiledPack> packs)
    {
        var kinds = packs.Select(p => p.Kind).Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToList();

        // A file that states its kind is of that kind (a probe with any other kind's schema would only report TAO6007),
        // so a large file is not read once per kind just to learn what its first line says.
        var chosen = FactFileReader.StatedKind(factsPath) is { } stated
            ? kinds.Find(kind => string.Equals(kind, stated, StringComparison.Ordinal))
            : kinds
                .Select(kind => (Kind: kind, Probe: Probe(factsPath, packs.First(p => p.Kind == kind))))
                .Where(c => !c.Probe.OtherKind)
                .OrderBy(c => c.Probe.Problems)
                .ThenByDescending(c => c.Probe.Rows)
                .ThenBy(c => c.Kind, StringComparer.Ordinal)
                .Select(c => c.Kind)
                .FirstOrDefault();
        if (chosen is null)
        {
            console.Error.WriteLine($"tao-rules: the facts '{factsPath}' are of none of the kinds the rules judge ({string.Join(", ", kinds)}).");
            return null;
        }

        foreach (var skipped in packs.Where(p => p.Kind != chosen))
        {
            console.Error.WriteLine($"note: the package '{skipped.Name}' judges '{skipped.Kind}' entities and the facts are '{chosen}' entities; it is skipped.");
        }

        return packs.Where(p => p.Kind == chosen).ToList();
    }

    private static (bool OtherKind, int Problems, int Rows) Probe(string factsPath, CompiledPack pack)
    {
        var diagnostics = new DiagnosticBag();
        var first = FactFileReader.ReadBatches(factsPath, pack.Package.Schema!, diagnostics).FirstOrDefault();
        var otherKind = diagnostics.Any(d => d.Descriptor == DiagnosticCatalog.FactKindMismatch);
        return (otherKind, diagnostics.Count, first?.Table.RowCount ?? 0);
    }
}
