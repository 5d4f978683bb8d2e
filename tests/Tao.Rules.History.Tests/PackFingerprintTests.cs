using System.Security.Cryptography;
using System.Text;
using Tao.Rules.Text;

namespace Tao.Rules.History.Tests;

public sealed class PackFingerprintTests
{
    private const string Pack = "package demo.screen\n  applies to asset\n  version \"2026.1\"\n\nrule DEMO-01 \"Large enough\"\n  severity major\n  cite \"Demo\"\n  because \"small\"\n  require asset.market_cap >= 100 USD\n";

    [Fact]
    public void The_source_digest_is_the_sha256sum_of_a_file_with_lf_line_ends()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Pack)));

        Assert.Equal(expected, PackFingerprint.SourceSha256(Bind(Pack)));
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public void Line_ends_do_not_change_the_source_digest_but_a_threshold_does()
    {
        var lf = PackFingerprint.SourceSha256(Bind(Pack));

        Assert.Equal(lf, PackFingerprint.SourceSha256(Bind(Pack.Replace("\n", "\r\n", StringComparison.Ordinal))));
        Assert.NotEqual(lf, PackFingerprint.SourceSha256(Bind(Pack.Replace("100 USD", "200 USD", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_schema_digest_follows_the_fields_not_the_descriptions()
    {
        const string schema = "kind: asset\nkey: symbol\nfields:\n  symbol: { type: string, required: true }\n  market_cap: { type: number, unit: USD, description: \"DESCRIPTION\" }\n";
        var first = PackFingerprint.SchemaSha256(Bind(Pack, schema.Replace("DESCRIPTION", "Market cap", StringComparison.Ordinal)));

        Assert.Equal(first, PackFingerprint.SchemaSha256(Bind(Pack, schema.Replace("DESCRIPTION", "Capitalisation", StringComparison.Ordinal))));
        Assert.NotEqual(first, PackFingerprint.SchemaSha256(Bind(Pack, schema.Replace("DESCRIPTION", "Market cap", StringComparison.Ordinal).Replace("unit: USD,", "unit: USD, required: true,", StringComparison.Ordinal))));
    }

    private static Binding.BoundPackage Bind(string pack, string? schema = null)
    {
        var sources = new List<SourceText> { SourceText.From(pack, "demo.rules") };
        if (schema is not null)
        {
            sources.Add(SourceText.From(schema, "asset.schema.yaml"));
        }

        var compilation = RuleCompilation.Create(sources);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return Assert.Single(compilation.Packages);
    }
}
