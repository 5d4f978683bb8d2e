namespace Tao.Rules.Text;

/// <summary>
/// A resolved place in a file on disk: the path, the offsets into that file and the line/column range.
/// Diagnostics carry locations, never spans, so that every host prints the same thing.
/// </summary>
public sealed record Location(string Path, int Start, int Length, LinePosition StartPosition, LinePosition EndPosition)
{
    public static Location None { get; } = new(string.Empty, 0, 0, new LinePosition(1, 1), new LinePosition(1, 1));

    public static Location ForFile(string path) => new(path, 0, 0, new LinePosition(1, 1), new LinePosition(1, 1));

    public int End => Start + Length;
}
