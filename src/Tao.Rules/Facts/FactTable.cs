using Tao.Rules.Facts.Reading;
using Tao.Rules.Schema;
using Tao.Rules.Text;

namespace Tao.Rules.Facts;

/// <summary>
/// The loaded facts of one entity kind, column by column: one <see cref="FactColumn"/> per schema field, in schema order,
/// each a typed array plus a presence bitmap, so an evaluator reads <c>column.Items[row]</c> without allocating.
/// Rows are entities in file order. Immutable once built, and safe to read from many threads.
/// </summary>
public sealed class FactTable
{
    private readonly FactColumn[] _columns;
    private readonly string[] _keys;
    private readonly Dictionary<string, int> _rowByKey;
    private readonly Dictionary<(int Row, int Field), FactEvidence> _evidence;
    private readonly RowPositions _positions;

    internal FactTable(
        EntitySchema schema,
        string path,
        DateTime? asOf,
        string? source,
        FactColumn[] columns,
        string[] keys,
        Dictionary<(int Row, int Field), FactEvidence> evidence,
        RowPositions positions)
    {
        Schema = schema;
        Path = path;
        AsOf = asOf;
        Source = source;
        _columns = columns;
        _keys = keys;
        _evidence = evidence;
        _positions = positions;
        _rowByKey = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var row = 0; row < keys.Length; row++)
        {
            _rowByKey.Add(keys[row], row);
        }

        KeyFieldIndex = FieldIndexOf(schema, schema.Key);
    }

    /// <summary>The schema the facts were validated against; its fields are the columns, in order.</summary>
    public EntitySchema Schema { get; }

    /// <summary>The entity kind (<c>asset</c>, <c>subnet</c>).</summary>
    public string Kind => Schema.Kind;

    /// <summary>The fact file, as given; diagnostics and explanations print it.</summary>
    public string Path { get; }

    /// <summary>The file's <c>as_of</c> date, or null when it states none (CSV never does).</summary>
    public DateTime? AsOf { get; }

    /// <summary>The file's <c>source</c>, or null.</summary>
    public string? Source { get; }

    /// <summary>The number of entities.</summary>
    public int RowCount => _keys.Length;

    /// <summary>The number of columns: one per schema field.</summary>
    public int FieldCount => _columns.Length;

    /// <summary>The index of the key field's column.</summary>
    public int KeyFieldIndex { get; }

    /// <summary>The columns in schema field order.</summary>
    public IReadOnlyList<FactColumn> Columns => _columns;

    /// <summary>Every entity's key, in row order. Int keys are written in their shortest form (<c>7</c>, not <c>7.0</c>).</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The column of the field at <paramref name="fieldIndex"/> (its position in <see cref="EntitySchema.Fields"/>).</summary>
    public FactColumn GetColumn(int fieldIndex) => _columns[fieldIndex];

    /// <summary>The typed column of a field; <typeparamref name="T"/> must be <see cref="FactColumn.StorageType"/> of the field.</summary>
    public FactColumn<T> GetColumn<T>(int fieldIndex) =>
        _columns[fieldIndex] as FactColumn<T>
        ?? throw new InvalidCastException($"Field '{_columns[fieldIndex].Field.Name}' is stored as {_columns[fieldIndex].ValueType.Name}, not {typeof(T).Name}.");

    /// <summary>The column of the field named <paramref name="name"/>, when the schema has it.</summary>
    public bool TryGetColumn(string name, out FactColumn column)
    {
        var index = GetFieldIndex(name);
        column = index >= 0 ? _columns[index] : null!;
        return index >= 0;
    }

    /// <summary>The position of a field in the schema (and of its column here), or -1.</summary>
    public int GetFieldIndex(string name) => FieldIndexOf(Schema, name);

    /// <summary>The key of the entity in <paramref name="row"/>.</summary>
    public string GetKey(int row) => _keys[row];

    /// <summary>The row of the entity with <paramref name="key"/> (ordinal comparison).</summary>
    public bool TryGetRow(string key, out int row) => _rowByKey.TryGetValue(key, out row);

    /// <summary>The evidence of one fact, when the fact file gave a source or an as-of date for it.</summary>
    public bool TryGetEvidence(int row, int fieldIndex, out FactEvidence evidence) =>
        _evidence.TryGetValue((row, fieldIndex), out evidence!);

    /// <summary>How many facts carry their own evidence.</summary>
    public int EvidenceCount => _evidence.Count;

    /// <summary>Where the entity in <paramref name="row"/> starts in its file.</summary>
    public Location GetRowLocation(int row) => _positions.GetLocation(Path, row);

    private static int FieldIndexOf(EntitySchema schema, string name)
    {
        var fields = schema.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
