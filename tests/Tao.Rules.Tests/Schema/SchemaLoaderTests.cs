using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Tests.Yaml;
using Tao.Rules.Text;
using Tao.Rules.Units;

namespace Tao.Rules.Tests.Schema;

public sealed class SchemaLoaderTests
{
    private const string Valid = """
        kind: asset
        key: symbol
        description: "A crypto-asset"
        fields:
          symbol:       { type: string, required: true, description: "Ticker" }
          market_cap:   { type: number, unit: USD }
          handlers:     { type: int }
          listed:       { type: date }
          private:      { type: bool, required: false }
          asset_type:   { type: enum, values: [native, token] }
          cold:         { type: number, unit: "%" }
          flow:         { type: number, unit: TAO/block }
          sections:
            type: list
            items: string
        """;

    private static (EntitySchema? Schema, string[] Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var schema = SchemaLoader.Load(SourceText.From(yaml, "s.schema.yaml"), diagnostics);
        return (schema, DiagnosticLines.Of(diagnostics));
    }

    [Fact]
    public void A_valid_schema_loads_every_field_with_its_type_unit_and_values()
    {
        var (schema, diagnostics) = Load(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(schema);
        Assert.Equal("asset", schema.Kind);
        Assert.Equal("symbol", schema.Key);
        Assert.Equal("A crypto-asset", schema.Description);
        Assert.Equal(["symbol", "market_cap", "handlers", "listed", "private", "asset_type", "cold", "flow", "sections"], schema.Fields.Select(f => f.Name));
        Assert.True(schema["symbol"]!.Required);
        Assert.Equal("Ticker", schema["symbol"]!.Description);
        Assert.False(schema["private"]!.Required);
        Assert.Equal(FieldType.Number, schema["market_cap"]!.Type);
        Assert.Equal("USD", schema["market_cap"]!.UnitText);
        Assert.Equal(FieldType.Int, schema["handlers"]!.Type);
        Assert.True(schema["handlers"]!.Unit.IsNone);
        Assert.Equal(FieldType.Date, schema["listed"]!.Type);
        Assert.Equal(["native", "token"], schema["asset_type"]!.EnumValues);
        Assert.Equal(0.01, schema["cold"]!.Unit.Scale);
        Assert.True(schema["cold"]!.Unit.IsDimensionless);
        Assert.True(UnitParser.TryParse("TAO/block", out var taoPerBlock, out _));
        Assert.Equal(taoPerBlock, schema["flow"]!.Unit);
        Assert.Equal(FieldType.List, schema["sections"]!.Type);
        Assert.Equal(FieldType.String, schema["sections"]!.ElementType);
        Assert.Equal(new LinePosition(5, 3), schema["symbol"]!.Location.StartPosition);
        Assert.Equal(new LinePosition(1, 7), schema.Location.StartPosition);
    }

    [Fact]
    public void Unknown_key_in_a_field_is_TAO2002_with_a_suggestion()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string, requird: true }
            """);

        Assert.Equal(["(4,27) TAO2002 unknown key 'requird' in field 'symbol'; did you mean 'required'?"], diagnostics);
    }

    [Fact]
    public void Unknown_top_level_key_lists_the_keys_a_schema_has()
    {
        var (schema, diagnostics) = Load("""
            kind: asset
            key: symbol
            owner: compliance
            fields:
              symbol: { type: string }
            """);

        Assert.Equal(["(3,1) TAO2002 unknown key 'owner' in the schema (expected 'kind', 'key', 'description' or 'fields')"], diagnostics);
        Assert.NotNull(schema);
    }

    [Fact]
    public void Missing_keys_are_TAO2003_at_the_start_of_their_mapping()
    {
        var (schema, diagnostics) = Load("""
            kind: asset
            fields:
              symbol:
                required: true
            """);

        Assert.Equal(
            [
                "(1,1) TAO2003 the schema is missing the required key 'key'",
                "(4,5) TAO2003 field 'symbol' is missing the required key 'type'",
            ],
            diagnostics);
        Assert.NotNull(schema);
        Assert.Empty(schema.Fields);
    }

    [Fact]
    public void An_empty_schema_file_is_missing_its_kind()
    {
        var (schema, diagnostics) = Load("# nothing yet\n");
        var (_, explicitEmpty) = Load("---\n...\n");

        Assert.Null(schema);
        Assert.Equal(["(1,1) TAO2003 the schema is missing the required key 'kind'"], diagnostics);
        Assert.Equal(["(1,1) TAO2003 the schema is missing the required key 'kind'"], explicitEmpty);
    }

    [Fact]
    public void A_field_declared_twice_is_TAO2004_at_the_second_one()
    {
        var (schema, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string }
              price: { type: number, unit: USD }
              symbol: { type: int }
            """);

        Assert.Equal(["(6,3) TAO2004 duplicate key 'symbol' in 'fields'"], diagnostics);
        Assert.Equal(FieldType.String, schema!["symbol"]!.Type);
    }

    [Fact]
    public void A_field_written_as_a_bare_type_is_TAO2005()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: string
            """);

        Assert.Equal(["(4,11) TAO2005 'symbol' must be a mapping such as { type: number, unit: USD }, not a single value"], diagnostics);
    }

    [Fact]
    public void Fields_written_as_a_list_is_TAO2005()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              - symbol
            """);

        Assert.Equal(["(4,3) TAO2005 'fields' must be a mapping of field name to its type, not a list"], diagnostics);
    }

    [Fact]
    public void Anchors_and_aliases_are_TAO2006()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: &text { type: string }
              name: *text
            """);

        Assert.Equal(
            [
                "(4,11) TAO2006 YAML anchors and aliases are not allowed in rule, schema and fact files",
                "(5,9) TAO2006 YAML anchors and aliases are not allowed in rule, schema and fact files",
            ],
            diagnostics);
    }

    [Fact]
    public void Invalid_yaml_is_TAO2001_at_the_mark_YamlDotNet_gives()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: "str\qing" }
            """);

        Assert.Equal(["(4,19) TAO2001 invalid YAML: while scanning a quoted scalar, found unknown escape character"], diagnostics);
    }

    [Fact]
    public void A_required_flag_that_is_not_a_boolean_is_TAO2007()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string, required: always }
            """);

        Assert.Equal(["(4,37) TAO2007 'always' is not a valid value of 'required'; expected true or false"], diagnostics);
    }

    [Fact]
    public void An_unknown_type_is_TAO3010_with_a_suggestion()
    {
        var (schema, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: strng }
              name: { type: text }
            """);

        Assert.Equal(
            [
                "(4,19) TAO3010 unknown type 'strng' for field 'symbol'; did you mean 'string'? expected string, int, number, bool, date, enum or list",
                "(5,17) TAO3010 unknown type 'text' for field 'name'; expected string, int, number, bool, date, enum or list",
            ],
            diagnostics);
        Assert.Empty(schema!.Fields);
    }

    [Fact]
    public void An_enum_without_values_is_TAO3010()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string }
              kind_a: { type: enum }
              kind_b: { type: enum, values: [] }
            """);

        Assert.Equal(
            [
                "(5,19) TAO3010 enum field 'kind_a' declares no values; list them under 'values'",
                "(6,33) TAO3010 enum field 'kind_b' declares no values; list them under 'values'",
            ],
            diagnostics);
    }

    [Fact]
    public void Values_on_a_field_that_is_not_an_enum_is_TAO3010()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string, values: [a, b] }
            """);

        Assert.Equal(["(4,27) TAO3010 'values' belongs to enum fields, and field 'symbol' is a string"], diagnostics);
    }

    [Fact]
    public void A_value_listed_twice_in_an_enum_is_TAO3010()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string }
              asset_type: { type: enum, values: [native, token, native] }
            """);

        Assert.Equal(["(5,53) TAO3010 enum field 'asset_type' lists the value 'native' twice"], diagnostics);
    }

    [Fact]
    public void A_key_that_names_no_field_is_TAO3010_with_a_suggestion()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbl
            fields:
              symbol: { type: string }
            """);

        Assert.Equal(["(2,6) TAO3010 the key 'symbl' names no field of this schema; did you mean 'symbol'?"], diagnostics);
    }

    [Fact]
    public void A_list_without_items_and_items_on_a_non_list_are_TAO3010()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string, items: string }
              sections: { type: list }
              tags: { type: list, items: lst }
            """);

        Assert.Equal(
            [
                "(4,27) TAO3010 'items' belongs to list fields, and field 'symbol' is a string",
                "(5,21) TAO3010 list field 'sections' does not say what it holds; add 'items' (string, int, number, bool or date)",
                "(6,30) TAO3010 unknown item type 'lst' for field 'tags'; expected string, int, number, bool or date",
            ],
            diagnostics);
    }

    [Fact]
    public void A_unit_on_a_string_field_is_TAO3010()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: string, unit: USD }
            """);

        Assert.Equal(["(4,27) TAO3010 field 'symbol' is a string and cannot have a unit; only int, number and list fields can"], diagnostics);
    }

    [Fact]
    public void An_unknown_unit_is_TAO1005_at_the_unknown_part()
    {
        var (schema, diagnostics) = Load("""
            kind: subnet
            key: netuid
            fields:
              netuid: { type: int }
              flow:   { type: number, unit: TAO/blok }
              cap:    { type: number, unit: "USDD" }
              share:  { type: number, unit: "%" }
            """);

        Assert.Equal(
            [
                "(5,37) TAO1005 unknown unit 'blok'; did you mean 'block'?",
                "(6,34) TAO1005 unknown unit 'USDD'; did you mean 'USD'?",
            ],
            diagnostics);
        Assert.Equal(["netuid", "share"], schema!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Every_independent_mistake_is_reported()
    {
        var (_, diagnostics) = Load("""
            kind: asset
            key: symbol
            fields:
              symbol: { type: strin }
              price: { type: number, unit: USX }
              flag: { type: bool, required: maybe }
            """);

        Assert.Equal(["(4,19) TAO3010", "(5,32) TAO1005", "(6,33) TAO2007"], diagnostics.Select(d => d.Substring(0, d.IndexOf(' ', d.IndexOf(' ') + 1))));
    }

    [Fact]
    public void Kind_and_field_names_follow_the_dsl_spelling_as_TAO2007()
    {
        var (schema, diagnostics) = Load("""
            kind: Asset
            key: symbol
            fields:
              symbol: { type: string }
              market-cap: { type: number }
            """);

        Assert.Equal(
            [
                "(1,7) TAO2007 'Asset' is not a valid entity kind; expected a name of letters, digits and '_' that starts with a lower-case letter or '_' and is not a keyword",
                "(5,3) TAO2007 'market-cap' is not a valid field name; expected a field name of letters, digits and '_'",
            ],
            diagnostics);
        Assert.Null(schema);
    }
}
