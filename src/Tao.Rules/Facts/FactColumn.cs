using Tao.Rules.Schema;

namespace Tao.Rules.Facts;

/// <summary>
/// The facts of one field for every entity of a <see cref="FactTable"/>: a typed array of values and a presence bitmap.
/// A missing fact keeps its bit clear and the default value, so missing stays distinguishable from <c>false</c> or zero.
/// The value type depends on the field type (see <see cref="StorageType"/>); read it through <see cref="FactColumn{T}"/>.
/// </summary>
public abstract class FactColumn
{
    private protected FactColumn(FieldSchema field, int fieldIndex, int rowCount, ulong[] presence)
    {
        Field = field;
        FieldIndex = fieldIndex;
        RowCount = rowCount;
        PresenceBits = presence;
        var count = 0;
        foreach (var word in presence)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        PresentCount = count;
    }

    /// <summary>The schema field this column holds.</summary>
    public FieldSchema Field { get; }

    /// <summary>The field's position in <see cref="EntitySchema.Fields"/>.</summary>
    public int FieldIndex { get; }

    /// <summary>The number of rows, the same as the table's.</summary>
    public int RowCount { get; }

    /// <summary>How many entities have this fact.</summary>
    public int PresentCount { get; }

    /// <summary>The CLR type of one value of this column.</summary>
    public abstract Type ValueType { get; }

    /// <summary>One bit per row (bit <c>row % 64</c> of word <c>row / 64</c>), set when the fact is present. For the compiler.</summary>
    internal ulong[] PresenceBits { get; }

    /// <summary>
    /// How a field type is stored: number and int as <see cref="double"/> in the base units of the field's unit
    /// (95 for a <c>%</c> field is 0.95); bool as <see cref="bool"/>; date as an <see cref="int"/> day number
    /// (<see cref="FactDates"/>); string as <see cref="string"/>; enum as the <see cref="int"/> ordinal into
    /// <see cref="FieldSchema.EnumValues"/>; list as an array of its element's storage type (string when the schema names no element type).
    /// </summary>
    public static Type StorageType(FieldSchema field) => field.Type switch
    {
        FieldType.List => ScalarStorageType(field.ElementType ?? FieldType.String).MakeArrayType(),
        var type => ScalarStorageType(type),
    };

    /// <summary>True when the entity in <paramref name="row"/> has this fact.</summary>
    public bool IsPresent(int row) => (PresenceBits[row >> 6] & (1UL << row)) != 0;

    /// <summary>
    /// The value for display and explanations, or null when missing: numbers in base units, dates as <see cref="DateTime"/>,
    /// enums by name. Boxes; the evaluator reads <see cref="FactColumn{T}"/> instead.
    /// </summary>
    public abstract object? GetDisplayValue(int row);

    internal static Type ScalarStorageType(FieldType type) => type switch
    {
        FieldType.Int or FieldType.Number => typeof(double),
        FieldType.Bool => typeof(bool),
        FieldType.Date or FieldType.Enum => typeof(int),
        _ => typeof(string),
    };
}

/// <summary>A <see cref="FactColumn"/> whose values are of type <typeparamref name="T"/>.</summary>
public sealed class FactColumn<T> : FactColumn
{
    internal FactColumn(FieldSchema field, int fieldIndex, int rowCount, T[] values, ulong[] presence)
        : base(field, fieldIndex, rowCount, presence)
    {
        Items = values;
    }

    public override Type ValueType => typeof(T);

    /// <summary>Every row's value; a missing fact holds the default of <typeparamref name="T"/> (check <see cref="FactColumn.IsPresent"/>).</summary>
    public ReadOnlySpan<T> Values => Items.AsSpan(0, RowCount);

    /// <summary>The backing array (exactly <see cref="FactColumn.RowCount"/> long), for compiled evaluators; never written after build.</summary>
    internal T[] Items { get; }

    /// <summary>The value of <paramref name="row"/> when present.</summary>
    public bool TryGetValue(int row, out T value)
    {
        value = Items[row];
        return IsPresent(row);
    }

    public override object? GetDisplayValue(int row)
    {
        if (!IsPresent(row))
        {
            return null;
        }

        object? value = Items[row];
        return (Field.Type, value) switch
        {
            (FieldType.Date, int day) => FactDates.FromDayNumber(day),
            (FieldType.Enum, int ordinal) => Field.EnumValues[ordinal],
            (FieldType.List, int[] days) when Field.ElementType == FieldType.Date => days.Select(FactDates.FromDayNumber).ToArray(),
            (FieldType.List, int[] ordinals) when Field.ElementType == FieldType.Enum => ordinals.Select(o => Field.EnumValues[o]).ToArray(),
            _ => value,
        };
    }
}
