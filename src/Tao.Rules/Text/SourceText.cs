namespace Tao.Rules.Text;

/// <summary>
/// The text of one source: a whole file, or an expression embedded in a file (a YAML scalar), in which case
/// every offset maps back to an offset of the containing file so that diagnostics point at the real spot.
/// </summary>
public sealed class SourceText
{
    private readonly SourceText? _origin;
    private readonly int[]? _originOffsets;
    private int[]? _lineStarts;

    private SourceText(string path, string content, SourceText? origin, int[]? originOffsets)
    {
        Path = path;
        Content = content;
        _origin = origin;
        _originOffsets = originOffsets;
    }

    /// <summary>The path as the user gave it; printed in diagnostics.</summary>
    public string Path { get; }

    public string Content { get; }

    public int Length => Content.Length;

    public char this[int index] => Content[index];

    /// <summary>The file this text is embedded in, or null for a file of its own.</summary>
    public SourceText? Origin => _origin;

    public static SourceText From(string content, string path = "") => new(path, content, null, null);

    /// <summary>
    /// Text embedded in <paramref name="origin"/>: <paramref name="originOffsets"/>[i] is the offset in the origin of
    /// character i of <paramref name="content"/>, and has one more entry for the end of the content.
    /// </summary>
    public static SourceText Embedded(string content, SourceText origin, int[] originOffsets)
    {
        if (originOffsets.Length != content.Length + 1)
        {
            throw new ArgumentException("One origin offset per character plus one for the end is needed.", nameof(originOffsets));
        }

        return new SourceText(origin.Path, content, origin, originOffsets);
    }

    /// <summary>Maps an offset of this text to the file that holds it.</summary>
    public (SourceText File, int Offset) MapToFile(int offset)
    {
        if (_origin is null || _originOffsets is null)
        {
            return (this, offset);
        }

        var clamped = Math.Max(0, Math.Min(offset, _originOffsets.Length - 1));
        return _origin.MapToFile(_originOffsets[clamped]);
    }

    public Location GetLocation(int start, int length)
    {
        var (file, fileStart) = MapToFile(start);
        var (_, fileEnd) = MapToFile(start + length);
        if (fileEnd < fileStart)
        {
            fileEnd = fileStart;
        }

        return new Location(file.Path, fileStart, fileEnd - fileStart, file.GetLinePosition(fileStart), file.GetLinePosition(fileEnd));
    }

    /// <summary>The 1-based line and column of an offset of this text (not mapped).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Content);
        offset = Math.Max(0, Math.Min(offset, Content.Length));
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - starts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column (the inverse of <see cref="GetLinePosition"/>).</summary>
    public int GetOffset(int line, int column)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Content);
        var lineIndex = Math.Max(0, Math.Min(line - 1, starts.Length - 1));
        return Math.Min(Content.Length, starts[lineIndex] + Math.Max(0, column - 1));
    }

    private static int[] ComputeLineStarts(string content)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\r')
            {
                if (i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    public override string ToString() => Path;
}
