using System.Security.Cryptography;
using System.Text;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Hashing;

/// <summary>The one content hash that reports show and the audit history stores.</summary>
public sealed class ContentHashTests
{
    [Fact]
    public void A_text_hashes_as_its_UTF8_bytes_with_line_ends_made_LF()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Of(string.Empty));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("päck\nb\n"))), ContentHash.Of("päck\r\nb\r"));
    }

    [Fact]
    public void A_file_hashes_as_its_bytes_unchanged()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tao-rules-hash-{Guid.NewGuid():N}.txt");
        var bytes = Encoding.UTF8.GetBytes("a\r\nb\n");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), ContentHash.OfFile(path));
            Assert.NotEqual(ContentHash.Of("a\r\nb\n"), ContentHash.OfFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
