namespace Tao.Rules.Text;

/// <summary>A position in a file, 1-based in both line and column (columns count UTF-16 code units), as MSBuild prints it.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"({Line.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
