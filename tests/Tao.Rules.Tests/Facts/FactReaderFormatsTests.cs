using Tao.Rules.Facts;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Tests.Facts;

/// <summary>Each format on a small file with every field type; all formats load the same table.</summary>
public sealed class FactReaderFormatsTests
{
    internal const string Yaml = """
        kind: asset
        as_of: 2026-01-09
        source: "illustrative sample"
        entities:
          - symbol: TAO
            name: Bittensor
            market_cap: { value: 2800000000, unit: USD, source: "CoinGecko", as_of: 2026-01-08 }
            handlers: 3
            listed: 2024-03-01
            privacy: false
            asset_type: native
            sections: [nature, supply, risks]
            cold_ratio: 95
            stake: { value: 1500000000, unit: rao }
            auditor: "Example Audit"
          - symbol: XMR
            privacy: true
            asset_type: "native"
            sections: []
            auditor: Other
        """;

    internal const string Json = """
        {
          "kind": "asset",
          "as_of": "2026-01-09",
          "source": "illustrative sample",
          "entities": [
            {
              "symbol": "TAO",
              "name": "Bittensor",
              "market_cap": { "value": 2800000000, "unit": "USD", "source": "CoinGecko", "as_of": "2026-01-08" },
              "handlers": 3,
              "listed": "2024-03-01",
              "privacy": false,
              "asset_type": "native",
              "sections": ["nature", "supply", "risks"],
              "cold_ratio": 95,
              "stake": { "value": 1500000000, "unit": "rao" },
              "auditor": "Example Audit"
            },
            { "symbol": "XMR", "privacy": true, "asset_type": "native", "sections": [], "auditor": "Other" }
          ]
        }
        """;

    internal const string JsonLines =
        """{"kind": "asset", "as_of": "2026-01-09", "source": "illustrative sample"}""" + "\n"
        + """{"symbol": "TAO", "name": "Bittensor", "market_cap": {"value": 2800000000, "unit": "USD", "source": "CoinGecko", "as_of": "2026-01-08"}, "handlers": 3, "listed": "2024-03-01", "privacy": false, "asset_type": "native", "sections": ["nature", "supply", "risks"], "cold_ratio": 95, "stake": {"value": 1500000000, "unit": "rao"}, "auditor": "Example Audit"}""" + "\n"
        + "\n"
        + """{"symbol": "XMR", "privacy": true, "asset_type": "native", "sections": [], "auditor": "Other"}""" + "\r\n";

    [Fact]
    public void Yaml_file_loads_every_field_type_with_evidence()
    {
        var (table, diagnostics) = FactLoad.Text("facts/assets.yaml", Yaml);

        Assert.Empty(diagnostics);
        Golden.Verify("every-field-type", FactLoad.Dump(table));
        Assert.Equal(2, table.RowCount);
        Assert.Equal(new DateTime(2026, 1, 9), table.AsOf);
        Assert.Equal("illustrative sample", table.Source);
        Assert.True(table.TryGetRow("XMR", out var xmr));
        Assert.Equal(1, xmr);

        var marketCap = table.GetColumn<double>(table.GetFieldIndex("market_cap"));
        Assert.Equal(2_800_000_000d, marketCap.Values[0]);
        Assert.False(marketCap.IsPresent(1));
        Assert.Equal(1, marketCap.PresentCount);

        // 1.5e9 rao is 1.5 TAO; 95 in a % field is 0.95 in base units.
        Assert.Equal(1.5, table.GetColumn<double>(table.GetFieldIndex("stake")).Values[0], 12);
        Assert.Equal(0.95, table.GetColumn<double>(table.GetFieldIndex("cold_ratio")).Values[0], 12);

        // A missing bool stays distinguishable from false.
        var privacy = table.GetColumn<bool>(table.GetFieldIndex("privacy"));
        Assert.True(privacy.TryGetValue(0, out var taoPrivacy));
        Assert.False(taoPrivacy);
        var handlers = table.GetColumn<double>(table.GetFieldIndex("handlers"));
        Assert.False(handlers.TryGetValue(1, out _));

        Assert.Equal(FactDates.ToDayNumber(new DateTime(2024, 3, 1)), table.GetColumn<int>(table.GetFieldIndex("listed")).Values[0]);
        Assert.Equal(0, table.GetColumn<int>(table.GetFieldIndex("asset_type")).Values[1]);
        Assert.Equal(["nature", "supply", "risks"], table.GetColumn<string[]>(table.GetFieldIndex("sections")).Values[0]);
        Assert.Empty(table.GetColumn<string[]>(table.GetFieldIndex("sections")).Values[1]);

        Assert.True(table.TryGetEvidence(0, table.GetFieldIndex("market_cap"), out var evidence));
        Assert.Equal("CoinGecko", evidence.Source);
        Assert.Equal(new DateTime(2026, 1, 8), evidence.AsOf);
        Assert.Equal((7, 26), (evidence.Location.StartPosition.Line, evidence.Location.StartPosition.Column));
        Assert.False(table.TryGetEvidence(0, table.GetFieldIndex("stake"), out _));
        Assert.Equal(1, table.EvidenceCount);

        Assert.Equal((5, 5), (table.GetRowLocation(0).StartPosition.Line, table.GetRowLocation(0).StartPosition.Column));
        Assert.Equal((16, 5), (table.GetRowLocation(1).StartPosition.Line, table.GetRowLocation(1).StartPosition.Column));
    }

    [Fact]
    public void Json_file_loads_the_same_table_as_yaml()
    {
        var (yaml, _) = FactLoad.Text("facts/assets.yaml", Yaml);
        var (json, diagnostics) = FactLoad.Text("facts/assets.json", Json);

        Assert.Empty(diagnostics);
        Assert.Equal(FactLoad.Dump(yaml), FactLoad.Dump(json));
        Assert.True(json.TryGetEvidence(0, json.GetFieldIndex("market_cap"), out var evidence));
        Assert.Equal((9, 32), (evidence.Location.StartPosition.Line, evidence.Location.StartPosition.Column));
        Assert.Equal((19, 5), (json.GetRowLocation(1).StartPosition.Line, json.GetRowLocation(1).StartPosition.Column));
    }

    [Fact]
    public void Jsonl_file_with_a_header_line_loads_the_same_table_as_yaml()
    {
        var (yaml, _) = FactLoad.Text("facts/assets.yaml", Yaml);
        var (jsonl, diagnostics) = FactLoad.Text("facts/assets.jsonl", JsonLines);

        Assert.Empty(diagnostics);
        Assert.Equal(FactLoad.Dump(yaml), FactLoad.Dump(jsonl));
        Assert.Equal((4, 1), (jsonl.GetRowLocation(1).StartPosition.Line, jsonl.GetRowLocation(1).StartPosition.Column));
    }

    [Fact]
    public void Jsonl_without_a_header_has_no_file_as_of()
    {
        var (table, diagnostics) = FactLoad.Text("a.ndjson", """{"symbol": "TAO", "auditor": "A"}""");

        Assert.Empty(diagnostics);
        Assert.Null(table.AsOf);
        Assert.Equal(["TAO"], table.Keys);
    }

    [Fact]
    public void Csv_file_loads_every_field_type_with_header_units_and_empty_cells_missing()
    {
        const string csv = """
            symbol,name,market_cap[USD],handlers,listed,privacy,asset_type,sections,cold_ratio,stake[rao],auditor
            TAO,Bittensor,2800000000,3,2024-03-01,false,native,nature;supply;risks,95,1500000000,"Example Audit"
            XMR,,,,,true,native,,,,Other
            """;
        var (table, diagnostics) = FactLoad.Text("facts/assets.csv", csv);
        var (yaml, _) = FactLoad.Text("facts/assets.yaml", Yaml);

        Assert.Empty(diagnostics);
        Assert.Null(table.AsOf);
        Assert.Equal(0, table.EvidenceCount);
        Assert.Equal(1.5, table.GetColumn<double>(table.GetFieldIndex("stake")).Values[0], 12);

        // CSV has no evidence and no empty list; apart from that it is the same table.
        var expected = FactLoad.Dump(yaml)
            .Replace("kind=asset rows=2 as_of=2026-01-09 source=illustrative sample", "kind=asset rows=2 as_of=- source=-", StringComparison.Ordinal)
            .Replace("  [source=CoinGecko as_of=2026-01-08]", string.Empty, StringComparison.Ordinal)
            .Replace("sections = []", "sections = (missing)", StringComparison.Ordinal);
        Assert.Equal(expected, FactLoad.Dump(table));
        Assert.Equal((3, 1), (table.GetRowLocation(1).StartPosition.Line, table.GetRowLocation(1).StartPosition.Column));
    }

    [Fact]
    public void Csv_quoted_cells_hold_commas_quotes_and_line_breaks()
    {
        const string csv = "symbol,name,auditor\r\n\"TAO\",\"Bit, \"\"tensor\"\"\nline two\",A\r\nXMR,Monero,B\r\n";
        var (table, diagnostics) = FactLoad.Text("q.csv", csv);

        Assert.Empty(diagnostics);
        Assert.Equal("Bit, \"tensor\"\nline two", table.GetColumn<string>(1).Values[0]);
        Assert.Equal((4, 1), (table.GetRowLocation(1).StartPosition.Line, table.GetRowLocation(1).StartPosition.Column));
    }

    [Fact]
    public void Int_keys_are_canonical_and_compound_units_convert()
    {
        const string yaml = """
            kind: subnet
            entities:
              - { netuid: 7, ema_tao_flow: { value: 2, unit: rao/block }, weights: [1, 2.5] }
              - { netuid: 7.0 }
            """;
        var (table, diagnostics) = FactLoad.Text("s.yaml", yaml, TestSchemas.Subnet);

        Assert.Equal(["s.yaml(4,5): error TAO6004: duplicate netuid '7': an entity with this key is already given at line 3; this one is ignored"], diagnostics);
        Assert.True(table.TryGetRow("7", out _));
        Assert.Equal(2e-9, table.GetColumn<double>(1).Values[0], 1e-20);
        Assert.Equal([1d, 2.5], table.GetColumn<double[]>(2).Values[0]);
    }

    [Fact]
    public void Rows_keep_file_order_and_loading_twice_gives_identical_output()
    {
        var yaml = "kind: asset\nentities:\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"  - {{ symbol: Z{49 - i}, auditor: A, handlers: {i} }}\n"));
        var first = FactLoad.Text("o.yaml", yaml);
        var second = FactLoad.Text("o.yaml", yaml);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => "Z" + (49 - i)), first.Table.Keys);
        Assert.Equal(FactLoad.Dump(first.Table), FactLoad.Dump(second.Table));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }
}
