using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;

namespace Tao.Rules.Tests.Facts;

/// <summary>Each TAO6xxx id on fact files: a triggering case with its exact position, and a clean case.</summary>
public sealed class FactDiagnosticsTests
{
    private static string[] Yaml(string entities, string header = "kind: asset\n") =>
        FactLoad.Text("f.yaml", header + "entities:\n" + entities).Diagnostics;

    [Fact]
    public void TAO6001_invalid_yaml_json_and_csv_syntax()
    {
        Assert.Equal(
            ["f.yaml(3,1): error TAO6001: cannot read the facts: invalid YAML: While parsing a flow mapping, did not find expected ',' or '}'."],
            FactLoad.Text("f.yaml", "kind: asset\nentities: [{ symbol: TAO\n").Diagnostics);
        Assert.Equal(
            ["f.json(2,19): error TAO6001: cannot read the facts: invalid JSON: '}' is invalid after a property name. Expected a ':'"],
            FactLoad.Text("f.json", "{\"kind\": \"asset\",\n \"entities\": [{\"a\"}]}").Diagnostics);
        Assert.Equal(
            ["f.csv(2,5): error TAO6001: cannot read the facts: invalid CSV: the quoted cell is never closed"],
            FactLoad.Text("f.csv", "symbol,auditor\nTAO,\"A\n").Diagnostics);
        Assert.Equal(
            ["f.jsonl(2,12): error TAO6001: cannot read the facts: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed"],
            FactLoad.Text("f.jsonl", "{\"symbol\": \"A\", \"auditor\": \"x\"}\n{\"symbol\": \n").Diagnostics);
    }

    [Fact]
    public void TAO6001_unknown_extension_and_missing_file()
    {
        Assert.Equal(
            ["f.txt(1,1): error TAO6001: cannot read the facts: 'f.txt' is not a fact file; expected the extension .yaml, .yml, .json, .csv, .jsonl or .ndjson"],
            FactLoad.Text("f.txt", "symbol: TAO").Diagnostics);

        var bag = new DiagnosticBag();
        var missing = Path.Combine(Path.GetTempPath(), "tao-rules-no-such-dir", "facts.jsonl");
        var table = FactFileReader.Read(missing, TestSchemas.Asset, bag);
        Assert.Equal(0, table.RowCount);
        var diagnostic = Assert.Single(bag);
        Assert.Equal("TAO6001", diagnostic.Id);
        Assert.Equal((1, 1), (diagnostic.Location.StartPosition.Line, diagnostic.Location.StartPosition.Column));
    }

    [Fact]
    public void TAO6002_a_string_where_a_number_belongs()
    {
        Assert.Equal(
            ["f.yaml(3,44): error TAO6002: 'market_cap' must be a number in USD; got the string \"2.8 billion\""],
            Yaml("  - { symbol: TAO, auditor: A, market_cap: \"2.8 billion\" }\n"));
        Assert.Equal(
            ["f.yaml(3,42): error TAO6002: 'handlers' must be a whole number; got 'three'"],
            Yaml("  - { symbol: TAO, auditor: A, handlers: three }\n"));
        Assert.Equal(
            ["f.json(1,58): error TAO6002: 'privacy' must be true or false; got the string \"yes\""],
            FactLoad.Text("f.json", """{"entities": [{"symbol": "T", "auditor": "A", "privacy": "yes"}]}""").Diagnostics);
        Assert.Equal(
            ["f.yaml(3,42): error TAO6002: 'sections' must be a list; got 'risks'"],
            Yaml("  - { symbol: TAO, auditor: A, sections: risks }\n"));
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A, market_cap: 2.8e9, handlers: 3, privacy: true, sections: [risks] }\n"));
    }

    [Fact]
    public void TAO6002_a_unit_contradicting_the_schema()
    {
        Assert.Equal(
            ["f.yaml(3,62): error TAO6002: 'market_cap' is in USD; a value in TAO cannot be converted to it"],
            Yaml("  - { symbol: TAO, auditor: A, market_cap: { value: 1, unit: TAO } }\n"));
        Assert.Equal(
            ["f.yaml(3,62): error TAO6002: unknown unit 'USX'; did you mean 'USD'?"],
            Yaml("  - { symbol: TAO, auditor: A, market_cap: { value: 1, unit: USX } }\n"));
        Assert.Equal(
            ["f.yaml(3,62): error TAO6002: 'privacy' is a bool, which has no unit; only numbers carry one"],
            Yaml("  - { symbol: TAO, auditor: A, privacy: { value: true, unit: USD } }\n"));
        Assert.Equal(
            ["f.csv(1,19): error TAO6002: 'market_cap' is in USD; a value in EUR cannot be converted to it"],
            FactLoad.Text("f.csv", "symbol,market_cap[EUR],auditor\nTAO,5,A\n").Diagnostics);
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A, market_cap: { value: 1, unit: USD }, stake: { value: 5, unit: rao } }\n"));
    }

    [Fact]
    public void TAO6003_missing_required_field()
    {
        Assert.Equal(
            ["f.yaml(3,5): error TAO6003: the asset 'TAO' is missing the required field 'auditor'"],
            Yaml("  - symbol: TAO\n"));
        Assert.Equal(
            ["f.yaml(3,5): error TAO6003: this asset is missing the required field 'symbol'"],
            Yaml("  - auditor: A\n"));
        Assert.Equal(
            ["f.yaml(3,29): error TAO6003: this asset is missing the required field 'auditor'"],
            Yaml("  - { symbol: TAO, auditor: null }\n"));
        Assert.Equal(
            ["f.csv(1,1): error TAO6003: the CSV header is missing the required field 'symbol'"],
            FactLoad.Text("f.csv", "name,auditor\nBittensor,A\n").Diagnostics);
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A }\n"));
    }

    [Fact]
    public void TAO6004_duplicate_entity_key()
    {
        var (table, diagnostics) = FactLoad.Text("f.yaml", "entities:\n  - { symbol: TAO, auditor: A }\n  - { symbol: TAO, auditor: B }\n");
        Assert.Equal(["f.yaml(3,5): error TAO6004: duplicate symbol 'TAO': an entity with this key is already given at line 2; this one is ignored"], diagnostics);
        Assert.Equal("A", table.GetColumn<string>(table.GetFieldIndex("auditor")).Values[0]);
        Assert.Equal(1, table.RowCount);
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A }\n  - { symbol: tao, auditor: A }\n"));
    }

    [Fact]
    public void TAO6005_unknown_field_is_a_warning_with_did_you_mean()
    {
        var (table, diagnostics) = FactLoad.Text("f.yaml", "entities:\n  - { symbol: TAO, auditor: A, market_kap: 5 }\n");
        Assert.Equal(["f.yaml(2,32): warning TAO6005: unknown field 'market_kap' for kind 'asset'; it is ignored; did you mean 'market_cap'?"], diagnostics);
        Assert.Equal(1, table.RowCount);
        Assert.Equal(
            ["f.csv(1,8): warning TAO6005: unknown field 'colour' for kind 'asset'; it is ignored"],
            FactLoad.Text("f.csv", "symbol,colour,auditor\nTAO,red,A\n").Diagnostics);
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A, market_cap: 5 }\n"));
    }

    [Fact]
    public void TAO6007_facts_of_another_kind()
    {
        var (table, diagnostics) = FactLoad.Text("f.yaml", "kind: subnet\nentities:\n  - { netuid: 1 }\n");
        Assert.Equal(["f.yaml(1,7): error TAO6007: the facts are of kind 'subnet', but they are read as 'asset'"], diagnostics);
        Assert.Equal(0, table.RowCount);
        Assert.Equal(
            ["f.jsonl(1,10): error TAO6007: the facts are of kind 'subnet', but they are read as 'asset'"],
            FactLoad.Text("f.jsonl", "{\"kind\": \"subnet\"}\n{\"netuid\": 1}\n").Diagnostics);
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A }\n", header: "kind: asset\n"));
    }

    [Fact]
    public void TAO6008_invalid_structure()
    {
        Assert.Equal(
            ["f.yaml(1,1): error TAO6008: the fact file has no 'entities' list",
             "f.yaml(1,1): error TAO6008: unknown key 'entites' in a fact file; expected kind, as_of, source or entities; did you mean 'entities'?"],
            FactLoad.Text("f.yaml", "entites: []\n").Diagnostics);
        Assert.Equal(
            ["f.yaml(3,56): error TAO6008: unknown key 'units' in the fact 'market_cap'; expected value, unit, source or as_of; did you mean 'unit'?"],
            Yaml("  - { symbol: TAO, auditor: A, market_cap: { value: 1, units: USD } }\n"));
        Assert.Equal(
            ["f.yaml(3,5): error TAO6008: an entity must be a mapping of field names to facts; got 'TAO'"],
            Yaml("  - TAO\n"));
        Assert.Equal(
            ["f.json(1,48): error TAO6008: the field 'symbol' is given more than once in this entity; the first is used"],
            FactLoad.Text("f.json", """{"entities": [{"symbol": "A", "auditor": "x", "symbol": "B"}]}""").Diagnostics);
        Assert.Empty(Yaml("  - { symbol: TAO, auditor: A, market_cap: { value: 1, unit: USD } }\n"));
    }

    [Fact]
    public void TAO6009_nan_and_infinity_are_not_facts()
    {
        Assert.Equal(
            ["f.yaml(3,42): error TAO6009: 'market_cap' cannot be .nan: a fact must be a finite number",
             "f.yaml(4,42): error TAO6009: 'market_cap' cannot be -.inf: a fact must be a finite number",
             "f.yaml(5,42): error TAO6009: 'market_cap' is 1e999, outside the range of a 64-bit number"],
            Yaml("  - { symbol: A, auditor: A, market_cap: .nan }\n  - { symbol: B, auditor: A, market_cap: -.inf }\n  - { symbol: C, auditor: A, market_cap: 1e999 }\n"));
        Assert.Equal(
            ["f.json(1,61): error TAO6009: 'market_cap' cannot be NaN: a fact must be a finite number"],
            FactLoad.Text("f.json", """{"entities": [{"symbol": "A", "auditor": "x", "market_cap": "NaN"}]}""").Diagnostics);
        Assert.Equal(
            ["f.csv(2,5): error TAO6009: 'market_cap' cannot be Infinity: a fact must be a finite number"],
            FactLoad.Text("f.csv", "symbol,market_cap,auditor\nTAO,Infinity,A\n").Diagnostics);
    }

    [Fact]
    public void TAO6009_invalid_dates_enum_values_and_fractions_of_ints()
    {
        Assert.Equal(
            ["f.yaml(3,38): error TAO6009: 'listed' is '2026-02-30', which is not a valid calendar date (expected YYYY-MM-DD)"],
            Yaml("  - { symbol: A, auditor: A, listed: 2026-02-30 }\n"));
        Assert.Equal(
            ["f.yaml(3,42): error TAO6009: 'nativ' is not a value of 'asset_type' (values: native, token, stablecoin, security); did you mean 'native'?"],
            Yaml("  - { symbol: A, auditor: A, asset_type: nativ }\n"));
        Assert.Equal(
            ["f.yaml(3,40): error TAO6009: 'handlers' must be a whole number; got 2.5"],
            Yaml("  - { symbol: A, auditor: A, handlers: 2.5 }\n"));
        Assert.Equal(
            ["f.yaml(1,8): error TAO6009: 'as_of' is '2026-13-01', which is not a valid calendar date (expected YYYY-MM-DD)"],
            Yaml("  - { symbol: A, auditor: A }\n", header: "as_of: 2026-13-01\n"));
        Assert.Empty(Yaml("  - { symbol: A, auditor: A, listed: 2024-02-29, asset_type: token, handlers: 2 }\n"));
    }

    [Fact]
    public void A_bad_fact_is_missing_and_the_rest_of_the_entity_loads()
    {
        var (table, _) = FactLoad.Text("f.yaml", "entities:\n  - { symbol: A, auditor: A, market_cap: .nan, handlers: 4 }\n");
        Assert.Equal(1, table.RowCount);
        Assert.False(table.GetColumn(table.GetFieldIndex("market_cap")).IsPresent(0));
        Assert.Equal(4d, table.GetColumn<double>(table.GetFieldIndex("handlers")).Values[0]);
    }

    [Fact]
    public void TAO6011_csv_row_with_a_missing_or_an_extra_column()
    {
        var (table, diagnostics) = FactLoad.Text("f.csv", "symbol,name,auditor\nTAO,Bittensor\nXMR,Monero,A,extra\nBTC,Bitcoin,A\n");
        Assert.Equal(
            ["f.csv(2,1): error TAO6011: this row has 2 cells but the header has 3 columns; the row is skipped",
             "f.csv(3,1): error TAO6011: this row has 4 cells but the header has 3 columns; the row is skipped"],
            diagnostics);
        Assert.Equal(["BTC"], table.Keys);
    }

    [Fact]
    public void TAO6012_caps_the_problems_reported_per_file()
    {
        var csv = "symbol,handlers,auditor\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"S{i},x,A\n"));
        var (table, diagnostics) = FactLoad.Text("f.csv", csv, options: FactReadOptions.Default with { MaxDiagnostics = 5 });
        Assert.Equal(6, diagnostics.Length);
        Assert.Equal("f.csv(7,4): error TAO6012: more than 5 problems in this file; the rest are not reported", diagnostics[5]);
        Assert.Equal(20, table.RowCount);
    }

    [Fact]
    public void TAO2006_anchors_and_aliases_are_rejected_not_expanded()
    {
        const string bomb = "kind: asset\nentities:\n  - &a { symbol: A, auditor: A }\n  - *a\n";
        var (table, diagnostics) = FactLoad.Text("f.yaml", bomb);
        Assert.Equal(
            ["f.yaml(3,5): error TAO2006: YAML anchors and aliases are not allowed in rule, schema and fact files",
             "f.yaml(4,5): error TAO2006: YAML anchors and aliases are not allowed in rule, schema and fact files",
             "f.yaml(4,5): error TAO6008: an entity must be a mapping of field names to facts; got null"],
            diagnostics);
        Assert.Equal(["A"], table.Keys);
    }

    [Fact]
    public void Deep_nesting_is_reported_not_a_stack_overflow()
    {
        var deep = "entities: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var json = "{\"entities\": " + new string('[', 5000) + new string(']', 5000) + "}";

        Assert.Contains(FactLoad.Text("f.yaml", deep).Diagnostics, d => d.Contains("TAO6008: the YAML is nested deeper than 64 levels", StringComparison.Ordinal));
        Assert.Contains(FactLoad.Text("f.json", json).Diagnostics, d => d.Contains("TAO6001", StringComparison.Ordinal));
    }
}
