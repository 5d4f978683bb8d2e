using System.Text;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// Writes a file all at once: the text goes to a temporary file beside the target, which is then renamed over it, so a
/// failure midway leaves the old file intact and never a half-written one.
/// </summary>
public static class AtomicFile
{
    /// <summary>The encoding of every file the tool writes: UTF-8 without a byte-order mark.</summary>
    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = TemporaryPathFor(path);
        try
        {
            File.WriteAllText(temporary, content, Utf8NoBom);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A fresh hidden name beside <paramref name="path"/> (same folder, so the rename is atomic) to write it under first.</summary>
    internal static string TemporaryPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
}
