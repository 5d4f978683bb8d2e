using System.Globalization;
using System.Text;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Text;

/// <summary>
/// Reads rule, schema and fact files as text, strictly: invalid UTF-8, control characters such as NUL and files over the
/// size limit are diagnostics (with the line and column of the bad byte), never exceptions.
/// </summary>
public static class SourceFileReader
{
    /// <summary>The largest rule or schema file accepted, so that a runaway file cannot stall a build.</summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText? Read(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        displayPath ??= path;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                diagnostics.Add(DiagnosticCatalog.FileTooLarge, Location.ForFile(displayPath), info.Length, MaxFileBytes);
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(DiagnosticCatalog.UnreadableFile, Location.ForFile(displayPath), displayPath, e.Message);
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>Decodes bytes as strict UTF-8 (a BOM is allowed) and rejects control characters other than tab, CR and LF.</summary>
    public static SourceText? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Add(DiagnosticCatalog.FileTooLarge, Location.ForFile(path), bytes.Length, MaxFileBytes);
            return null;
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string content;
        try
        {
            content = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var badIndex = e.Index >= 0 ? offset + e.Index : FindInvalidByte(bytes, offset);
            var prefix = SafePrefix(bytes, offset, badIndex);
            var text = SourceText.From(prefix, path);
            var bad = badIndex < bytes.Length ? bytes[badIndex] : (byte)0;
            diagnostics.Add(DiagnosticCatalog.InvalidEncoding, text.GetLocation(prefix.Length, 0), bad.ToString("X2", CultureInfo.InvariantCulture), badIndex);
            return null;
        }

        var source = SourceText.From(content, path);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c < ' ' && c != '\t' && c != '\r' && c != '\n')
            {
                diagnostics.Add(DiagnosticCatalog.InvalidCharacter, source.GetLocation(i, 1), ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                return null;
            }
        }

        return source;
    }

    private static string SafePrefix(byte[] bytes, int offset, int badIndex)
    {
        try
        {
            return StrictUtf8.GetString(bytes, offset, Math.Max(0, badIndex - offset));
        }
        catch (DecoderFallbackException)
        {
            return string.Empty;
        }
    }

    private static int FindInvalidByte(byte[] bytes, int offset)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = offset; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return bytes.Length;
    }
}
