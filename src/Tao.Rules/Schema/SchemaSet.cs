namespace Tao.Rules.Schema;

/// <summary>The entity schemas known to one check or evaluation, by kind.</summary>
public sealed class SchemaSet
{
    private readonly Dictionary<string, EntitySchema> _byKind;

    public SchemaSet(IEnumerable<EntitySchema> schemas)
    {
        _byKind = new Dictionary<string, EntitySchema>(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            // The first schema for a kind wins: schemas the user gives come before the shipped fallback.
            if (!_byKind.ContainsKey(schema.Kind))
            {
                _byKind.Add(schema.Kind, schema);
            }
        }
    }

    public static SchemaSet Empty { get; } = new([]);

    public IEnumerable<string> Kinds => _byKind.Keys.OrderBy(k => k, StringComparer.Ordinal);

    public bool TryGet(string kind, out EntitySchema schema) => _byKind.TryGetValue(kind, out schema!);

    /// <summary>These schemas, with <paramref name="fallback"/>'s for any kind they do not declare.</summary>
    public SchemaSet WithFallback(SchemaSet fallback) => new(_byKind.Values.Concat(fallback._byKind.Values));
}
