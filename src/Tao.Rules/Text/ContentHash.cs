using System.Security.Cryptography;
using System.Text;

namespace Tao.Rules.Text;

/// <summary>
/// The content hash of a rule or schema text, as reports show it and the audit history stores it: SHA-256 of the text's
/// UTF-8 bytes after turning CRLF and CR line ends into LF, so that a checkout with other line ends hashes the same (for
/// a file with LF line ends and no BOM it equals <c>sha256sum</c> of the file), as 64 lower-case hex digits.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return ToHex(Digest(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>The SHA-256 of a file's bytes as they are (no line-end normalising), read in a stream: as <c>sha256sum</c> prints it.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(stream));
    }

    private static byte[] Digest(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(bytes);
    }

    private static string ToHex(byte[] digest)
    {
        const string Digits = "0123456789abcdef";
        var chars = new char[digest.Length * 2];
        for (var i = 0; i < digest.Length; i++)
        {
            chars[2 * i] = Digits[digest[i] >> 4];
            chars[(2 * i) + 1] = Digits[digest[i] & 0xF];
        }

        return new string(chars);
    }
}
