using Tao.Rules.Diagnostics;

namespace Tao.Rules.Facts.Reading;

/// <summary>Reads the DESIGN.md §5 shape — <c>kind</c>, <c>as_of</c>, <c>source</c>, <c>entities: [...]</c> — from YAML or JSON.</summary>
internal static class FactDocumentReader
{
    private static readonly string[] TopLevelKeys = ["kind", "as_of", "source", "entities"];

    public static FactTable Read(FactNode? root, FactTableBuilder builder, FactDiagnostics diagnostics)
    {
        var header = new FactFileHeader();
        if (root is null)
        {
            return builder.Build(null, null);
        }

        if (root is not MappingNode document)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, root.Position, $"a fact file must be a mapping with kind, as_of, source and entities; got {root.Describe()}");
            return builder.Build(null, null);
        }

        SequenceNode? entities = null;
        var sawEntities = false;
        foreach (var entry in document.Entries)
        {
            if (header.TryRead(entry.Key, entry.Value, builder.Schema, diagnostics, builder.Converter))
            {
                continue;
            }

            if (string.Equals(entry.Key.Text, "entities", StringComparison.Ordinal))
            {
                sawEntities = true;
                entities = entry.Value as SequenceNode;
                if (entities is null && entry.Value is not ScalarNode { Kind: ScalarKind.Null })
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, entry.Value.Position, $"'entities' must be a list of entities; got {entry.Value.Describe()}");
                }

                continue;
            }

            diagnostics.Report(
                DiagnosticCatalog.InvalidFactStructure,
                entry.Key.Position,
                $"unknown key '{entry.Key.Text}' in a fact file; expected kind, as_of, source or entities{Suggestions.DidYouMean(entry.Key.Text, TopLevelKeys)}");
        }

        if (!sawEntities)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, document.Position, "the fact file has no 'entities' list");
        }

        // Entities of another kind would only produce a flood of unknown-field warnings: the one TAO6007 says it all.
        if (entities is not null && header.KindMatches)
        {
            foreach (var entity in entities.Items)
            {
                builder.AddEntity(entity);
            }
        }

        return builder.Build(header.AsOf, header.Source);
    }
}
