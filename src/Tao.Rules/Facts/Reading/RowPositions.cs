using Tao.Rules.Text;

namespace Tao.Rules.Facts.Reading;

/// <summary>Where each row of a table starts, as three parallel arrays rather than one object per row.</summary>
internal sealed class RowPositions
{
    private long[] _offsets;
    private int[] _lines;
    private int[] _columns;

    public RowPositions(int capacity)
    {
        _offsets = new long[capacity];
        _lines = new int[capacity];
        _columns = new int[capacity];
    }

    public void Set(int row, FactPosition position)
    {
        if (row >= _lines.Length)
        {
            var size = Math.Max(4, _lines.Length * 2);
            Array.Resize(ref _offsets, size);
            Array.Resize(ref _lines, size);
            Array.Resize(ref _columns, size);
        }

        _offsets[row] = position.Offset;
        _lines[row] = position.Line;
        _columns[row] = position.Column;
    }

    public int GetLine(int row) => _lines[row];

    public void Trim(int count)
    {
        Array.Resize(ref _offsets, count);
        Array.Resize(ref _lines, count);
        Array.Resize(ref _columns, count);
    }

    public Location GetLocation(string path, int row) =>
        new FactPosition(_offsets[row], 0, _lines[row], _columns[row]).ToLocation(path);
}
