using Tao.Rules.Schema;

namespace Tao.Rules.Facts.Reading;

/// <summary>Fills one column row by row; <see cref="Build"/> hands the arrays to an immutable <see cref="FactColumn"/>.</summary>
internal abstract class ColumnBuilder
{
    public abstract void Clear(int row);

    public abstract FactColumn Build(int rowCount);

    /// <summary>Starts the next batch empty (the built column owns the old arrays).</summary>
    public abstract void Reset(int capacity);

    public static ColumnBuilder For(FieldSchema field, int fieldIndex, int capacity)
    {
        var type = FactColumn.StorageType(field);
        var builderType = typeof(ColumnBuilder<>).MakeGenericType(type);
        return (ColumnBuilder)Activator.CreateInstance(builderType, field, fieldIndex, capacity)!;
    }
}

internal sealed class ColumnBuilder<T>(FieldSchema field, int fieldIndex, int capacity) : ColumnBuilder
{
    private T[] _values = new T[Math.Max(1, capacity)];
    private ulong[] _presence = new ulong[(Math.Max(1, capacity) + 63) / 64];

    public void Set(int row, T value)
    {
        if (row >= _values.Length)
        {
            var size = Math.Max(row + 1, _values.Length * 2);
            Array.Resize(ref _values, size);
            Array.Resize(ref _presence, (size + 63) / 64);
        }

        _values[row] = value;
        _presence[row >> 6] |= 1UL << row;
    }

    /// <summary>The value just stored in <paramref name="row"/>.</summary>
    public T Peek(int row) => _values[row];

    public override void Clear(int row)
    {
        if (row < _values.Length)
        {
            _values[row] = default!;
            _presence[row >> 6] &= ~(1UL << row);
        }
    }

    public override FactColumn Build(int rowCount)
    {
        var values = _values;
        Array.Resize(ref values, rowCount);
        var presence = _presence;
        Array.Resize(ref presence, (rowCount + 63) / 64);

        // Resize keeps the words of rows beyond rowCount only when the array does not shrink; a bit past the end
        // would still be harmless, but a clean bitmap makes PresentCount exact.
        if (rowCount % 64 != 0 && presence.Length > 0)
        {
            presence[^1] &= (1UL << rowCount) - 1;
        }

        return new FactColumn<T>(field, fieldIndex, rowCount, values, presence);
    }

    public override void Reset(int newCapacity)
    {
        _values = new T[Math.Max(1, newCapacity)];
        _presence = new ulong[(Math.Max(1, newCapacity) + 63) / 64];
    }
}
