using Tao.Rules.Text;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Where a token of a fact file is: its character offset and length, and its 1-based line and column. Kept as a value so
/// that streamed files, which have no <see cref="SourceText"/>, still give exact positions; a <see cref="Location"/> is
/// made only when a diagnostic or evidence needs one.
/// </summary>
internal readonly record struct FactPosition(long Offset, int Length, int Line, int Column)
{
    public static FactPosition In(SourceText text, long start, long end)
    {
        var offset = (int)Math.Min(start, text.Length);
        var position = text.GetLinePosition(offset);
        return new FactPosition(offset, (int)Math.Max(0, Math.Min(end, text.Length) - offset), position.Line, position.Column);
    }

    public Location ToLocation(string path)
    {
        // Locations hold int offsets; a streamed file beyond 2 GiB keeps exact lines and columns but clamps the offset.
        var start = (int)Math.Min(Offset, int.MaxValue - Length);
        return new Location(path, start, Length, new LinePosition(Line, Column), new LinePosition(Line, Column + Length));
    }
}
