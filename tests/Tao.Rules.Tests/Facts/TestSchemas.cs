using Tao.Rules.Schema;
using Tao.Rules.Text;
using Tao.Rules.Units;

namespace Tao.Rules.Tests.Facts;

/// <summary>Schemas built in code, so fact tests do not depend on the schema loader.</summary>
internal sealed class TestSchemas
{
    private readonly string _kind;
    private readonly string _key;
    private readonly List<FieldSchema> _fields = [];

    private TestSchemas(string kind, string key)
    {
        _kind = kind;
        _key = key;
    }

    /// <summary>An asset with one field of every type, and units that convert (<c>%</c>) and that do not (USD).</summary>
    public static EntitySchema Asset { get; } = new TestSchemas("asset", "symbol")
        .Field("symbol", FieldType.String, required: true)
        .Field("name", FieldType.String)
        .Field("market_cap", FieldType.Number, "USD")
        .Field("handlers", FieldType.Int)
        .Field("listed", FieldType.Date)
        .Field("privacy", FieldType.Bool)
        .Enum("asset_type", "native", "token", "stablecoin", "security")
        .List("sections", FieldType.String)
        .Field("cold_ratio", FieldType.Number, "%")
        .Field("stake", FieldType.Number, "TAO")
        .Field("auditor", FieldType.String, required: true)
        .Build();

    /// <summary>The fields of the shipped rules/schema/asset.schema.yaml that the docs' examples use.</summary>
    public static EntitySchema ShippedAsset { get; } = new TestSchemas("asset", "symbol")
        .Field("symbol", FieldType.String, required: true)
        .Field("name", FieldType.String)
        .Enum("asset_type", "native", "token", "stablecoin", "security")
        .Field("first_domestic_listing", FieldType.Date)
        .Field("domestic_handler_count", FieldType.Int)
        .Field("has_privacy_feature", FieldType.Bool)
        .Field("market_cap", FieldType.Number, "USD")
        .Build();

    /// <summary>A subnet keyed by an int, with a compound unit.</summary>
    public static EntitySchema Subnet { get; } = new TestSchemas("subnet", "netuid")
        .Field("netuid", FieldType.Int, required: true)
        .Field("ema_tao_flow", FieldType.Number, "TAO/block")
        .List("weights", FieldType.Number)
        .Build();

    public TestSchemas Field(string name, FieldType type, string? unit = null, bool required = false) =>
        Add(new FieldSchema(name, type, ParseUnit(unit), required, null, [], null, Location.None));

    public TestSchemas Enum(string name, params string[] values) =>
        Add(new FieldSchema(name, FieldType.Enum, Unit.None, false, null, values, null, Location.None));

    public TestSchemas List(string name, FieldType elementType) =>
        Add(new FieldSchema(name, FieldType.List, Unit.None, false, null, [], elementType, Location.None));

    public EntitySchema Build() => new(_kind, _key, _fields, Location.None);

    private TestSchemas Add(FieldSchema field)
    {
        _fields.Add(field);
        return this;
    }

    private static Unit ParseUnit(string? text)
    {
        if (text is null)
        {
            return Unit.None;
        }

        Assert.True(UnitParser.TryParse(text, out var unit, out var error), error);
        return unit;
    }
}
