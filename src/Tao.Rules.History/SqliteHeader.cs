namespace Tao.Rules.History;

/// <summary>
/// Tells an SQLite database file from any other file by its first 16 bytes, before SQLite opens it: a file that is not
/// a database is then refused without SQLite ever touching it.
/// </summary>
internal static class SqliteHeader
{
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <summary>SQLite's file header is 100 bytes; a non-empty file shorter than that cannot be a database.</summary>
    private const int HeaderLength = 100;

    /// <summary>Null when the file is empty or starts like a database; else why it is not one.</summary>
    public static string? Problem(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            return null;
        }

        if (stream.Length < HeaderLength)
        {
            return $"it is {stream.Length} bytes long, shorter than an SQLite header";
        }

        var start = new byte[Magic.Length];
        stream.ReadExactly(start);
        return start.AsSpan().SequenceEqual(Magic) ? null : "it does not start with the SQLite header";
    }
}
