using Tao.Rules.Text;

namespace Tao.Rules.Schema;

/// <summary>An entity kind (<c>asset</c>, <c>subnet</c>): its key field and its fields, in declaration order.</summary>
public sealed class EntitySchema(string kind, string key, IReadOnlyList<FieldSchema> fields, Location location, string? description = null)
{
    private readonly Dictionary<string, FieldSchema> _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public string Kind { get; } = kind;

    /// <summary>The name of the field that identifies an entity (<c>symbol</c>, <c>netuid</c>).</summary>
    public string Key { get; } = key;

    public IReadOnlyList<FieldSchema> Fields { get; } = fields;

    public Location Location { get; } = location;

    public string? Description { get; } = description;

    public bool TryGetField(string name, out FieldSchema field) => _byName.TryGetValue(name, out field!);

    public FieldSchema? this[string name] => _byName.TryGetValue(name, out var field) ? field : null;
}
