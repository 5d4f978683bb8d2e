using Tao.Rules.Schema;

namespace Tao.Rules.Tests.Schema;

public sealed class ShippedSchemasTests
{
    [Fact]
    public void The_shipped_schemas_load_without_diagnostics()
    {
        var schemas = ShippedSchemas.Load();

        Assert.Empty(ShippedSchemas.Diagnostics);
        Assert.Equal(["asset", "subnet"], schemas.Kinds);
    }

    [Fact]
    public void The_shipped_asset_and_subnet_schemas_have_their_keys_units_and_enums()
    {
        var schemas = ShippedSchemas.Load();

        Assert.True(schemas.TryGet("asset", out var asset));
        Assert.Equal("symbol", asset.Key);
        Assert.Equal("rules/schema/asset.schema.yaml", asset.Location.Path);
        Assert.Equal(["native", "token", "stablecoin", "security"], asset["asset_type"]!.EnumValues);
        Assert.Equal("USD", asset["market_cap"]!.UnitText);
        Assert.Equal(FieldType.String, asset["whitepaper_sections"]!.ElementType);

        Assert.True(schemas.TryGet("subnet", out var subnet));
        Assert.Equal("netuid", subnet.Key);
        Assert.True(subnet["netuid"]!.Required);
        Assert.Equal("TAO/block", subnet["ema_tao_flow"]!.UnitText);
    }

    [Fact]
    public void The_shipped_schemas_match_the_files_in_rules_schema()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "rules", "schema");
        var files = Directory.GetFiles(folder, "*.schema.yaml").Select(f => Path.GetFileName(f)!.Replace(".schema.yaml", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(files, ShippedSchemas.Load().Kinds);
    }

    [Fact]
    public void Loading_is_done_once_and_shared_across_threads()
    {
        var results = new SchemaSet[16];
        Parallel.For(0, results.Length, i => results[i] = ShippedSchemas.Load());

        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void A_file_schema_wins_over_the_shipped_one_for_its_kind()
    {
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        var mine = SchemaLoader.Load(Tao.Rules.Text.SourceText.From("kind: asset\nkey: id\nfields:\n  id: { type: string }\n", "mine.schema.yaml"), diagnostics)!;

        var set = new SchemaSet([mine]).WithFallback(ShippedSchemas.Load());

        Assert.True(set.TryGet("asset", out var asset));
        Assert.Same(mine, asset);
        Assert.True(set.TryGet("subnet", out _));
    }

    [Fact]
    public void LoadAll_takes_the_files_first_then_the_shipped_schemas()
    {
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        var files = new[]
        {
            Tao.Rules.Text.SourceText.From("kind: asset\nkey: id\nfields:\n  id: { type: string }\n", "a.schema.yaml"),
            Tao.Rules.Text.SourceText.From("kind: pool\nkey: id\nfields:\n  id: { type: int }\n", "b.schema.yaml"),
        };

        var set = SchemaLoader.LoadAll(files, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["asset", "pool", "subnet"], set.Kinds);
        Assert.True(set.TryGet("asset", out var asset));
        Assert.Equal("id", asset.Key);
    }

    [Fact]
    public void LoadAll_reports_a_kind_declared_by_two_files_as_TAO3010()
    {
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        var files = new[]
        {
            Tao.Rules.Text.SourceText.From("kind: pool\nkey: id\nfields:\n  id: { type: int }\n", "a.schema.yaml"),
            Tao.Rules.Text.SourceText.From("# again\nkind: pool\nkey: id\nfields:\n  id: { type: string }\n", "b.schema.yaml"),
        };

        var set = SchemaLoader.LoadAll(files, diagnostics);

        Assert.Equal(
            ["b.schema.yaml(2,7): error TAO3010: the kind 'pool' is already declared in a.schema.yaml(1,7); this schema is ignored"],
            diagnostics.Select(d => d.ToString()));
        Assert.True(set.TryGet("pool", out var pool));
        Assert.Equal(Tao.Rules.Schema.FieldType.Int, pool["id"]!.Type);
    }

    [Fact]
    public void LoadAll_takes_another_fallback_when_given_one()
    {
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        var file = Tao.Rules.Text.SourceText.From("kind: pool\nkey: id\nfields:\n  id: { type: int }\n", "a.schema.yaml");

        var set = SchemaLoader.LoadAll([file], diagnostics, SchemaSet.Empty);

        Assert.Empty(diagnostics);
        Assert.Equal(["pool"], set.Kinds);
    }
}
