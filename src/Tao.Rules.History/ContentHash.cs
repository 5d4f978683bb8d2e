using System.Security.Cryptography;
using System.Text;

namespace Tao.Rules.History;

/// <summary>SHA-256 digests as the history stores them: 64 lower-case hex digits.</summary>
public static class ContentHash
{
    /// <summary>The digest of a file's bytes, exactly as <c>sha256sum</c> prints it.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Hex(SHA256.HashData(stream));
    }

    /// <summary>
    /// The digest of a text's UTF-8 bytes after turning CRLF and CR line ends into LF, so that a checkout with other
    /// line ends hashes the same. For a file with LF line ends and no BOM, it equals <c>sha256sum</c> of the file.
    /// </summary>
    public static string OfText(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
