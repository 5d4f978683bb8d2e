using Tao.Rules.Facts;

namespace Tao.Rules.Tests.Facts;

/// <summary><see cref="FactFileReader.StatedKind"/>: the top-level <c>kind</c> of a YAML fact file, without reading its entities.</summary>
public sealed class StatedKindTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tao-rules-tests", Guid.NewGuid().ToString("N"));

    public StatedKindTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("kind: asset\nentities:\n  - { symbol: BTC }\n", "asset")]
    [InlineData("# a comment\nas_of: 2026-01-09\nsource: \"dossier\"\nkind: subnet\nentities: []\n", "subnet")]
    [InlineData("entities:\n  - { symbol: BTC, nested: { kind: subnet } }\n  - [1, 2, { kind: subnet }]\nkind: asset\n", "asset")]
    [InlineData("? [complex, key]\n: value\nkind: asset\n", "asset")]
    [InlineData("kind: \"asset\"\n", "asset")]
    public void The_top_level_kind_is_found_wherever_it_stands(string yaml, string expected) =>
        Assert.Equal(expected, FactFileReader.StatedKind(Write("facts.yaml", yaml)));

    [Theory]
    [InlineData("entities:\n  - { symbol: BTC, kind: asset }\n")]
    [InlineData("kind:\nentities: []\n")]
    [InlineData("kind: [asset]\n")]
    [InlineData("- kind: asset\n")]
    [InlineData("")]
    [InlineData("{ kind\n")]
    [InlineData("as_of: [2026\nkind: asset\n")]
    public void A_file_that_states_no_kind_or_is_not_a_yaml_mapping_states_none(string yaml) =>
        Assert.Null(FactFileReader.StatedKind(Write("facts.yaml", yaml)));

    [Fact]
    public void Other_formats_and_missing_files_state_none()
    {
        Assert.Null(FactFileReader.StatedKind(Write("facts.json", "{ \"kind\": \"asset\", \"entities\": [] }")));
        Assert.Null(FactFileReader.StatedKind(Write("facts.jsonl", "{ \"kind\": \"asset\" }\n")));
        Assert.Null(FactFileReader.StatedKind(Path.Combine(_folder, "missing.yaml")));
    }

    [Fact]
    public void Entities_are_skipped_not_read()
    {
        // A file whose entities would take a while to read: the kind comes from its first line alone.
        var entities = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"  - {{ symbol: S{i}, market_cap: {i} }}\n"));
        Assert.Equal("asset", FactFileReader.StatedKind(Write("big.yaml", "kind: asset\nentities:\n" + entities + "  - [unclosed\n")));
    }
}
