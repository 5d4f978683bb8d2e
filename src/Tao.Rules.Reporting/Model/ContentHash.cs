using System.Security.Cryptography;
using System.Text;

namespace Tao.Rules.Reporting.Model;

/// <summary>
/// The content hash a report shows for a pack: SHA-256 of the rule file's text as UTF-8, with CRLF and CR line endings
/// normalised to LF, so that a checkout with Windows line endings gives the same hash. Lower-case hex.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
