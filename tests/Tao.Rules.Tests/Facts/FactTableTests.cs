using Tao.Rules.Facts;
using Tao.Rules.Schema;

namespace Tao.Rules.Tests.Facts;

/// <summary>The table's API: storage types, lookups, missing versus present, and the edges of each format.</summary>
public sealed class FactTableTests
{
    [Fact]
    public void Storage_types_follow_the_field_types()
    {
        var schema = TestSchemas.Asset;
        Type StorageOf(string name) => FactColumn.StorageType(schema[name]!);

        Assert.Equal(typeof(string), StorageOf("symbol"));
        Assert.Equal(typeof(double), StorageOf("market_cap"));
        Assert.Equal(typeof(double), StorageOf("handlers"));
        Assert.Equal(typeof(int), StorageOf("listed"));
        Assert.Equal(typeof(bool), StorageOf("privacy"));
        Assert.Equal(typeof(int), StorageOf("asset_type"));
        Assert.Equal(typeof(string[]), StorageOf("sections"));
        Assert.Equal(typeof(double[]), FactColumn.StorageType(TestSchemas.Subnet["weights"]!));
    }

    [Fact]
    public void Columns_follow_schema_order_and_a_wrong_storage_type_is_refused()
    {
        var (table, _) = FactLoad.Text("t.yaml", "entities:\n  - { symbol: A, auditor: x }\n");

        Assert.Equal(TestSchemas.Asset.Fields.Select(f => f.Name), table.Columns.Select(c => c.Field.Name));
        Assert.Equal(Enumerable.Range(0, table.FieldCount), table.Columns.Select(c => c.FieldIndex));
        Assert.Equal(0, table.KeyFieldIndex);
        Assert.Equal(-1, table.GetFieldIndex("nope"));
        Assert.True(table.TryGetColumn("market_cap", out var marketCap));
        Assert.Same(table.GetColumn(table.GetFieldIndex("market_cap")), marketCap);
        Assert.False(table.TryGetColumn("nope", out _));
        Assert.False(table.TryGetRow("B", out _));
        Assert.Throws<InvalidCastException>(() => table.GetColumn<string>(table.GetFieldIndex("market_cap")));
    }

    [Fact]
    public void Explicit_nulls_are_missing_facts_without_a_diagnostic()
    {
        var (table, diagnostics) = FactLoad.Text("n.json", """{"entities": [{"symbol": "A", "auditor": "x", "market_cap": null, "privacy": {"value": null, "source": "s"}}]}""");

        Assert.Empty(diagnostics);
        Assert.False(table.GetColumn(table.GetFieldIndex("market_cap")).IsPresent(0));
        Assert.False(table.GetColumn(table.GetFieldIndex("privacy")).IsPresent(0));
        Assert.Null(table.GetColumn(table.GetFieldIndex("privacy")).GetDisplayValue(0));
        Assert.Equal(0, table.EvidenceCount);
    }

    [Theory]
    [InlineData("e.yaml", "")]
    [InlineData("e.yaml", "# only a comment\n")]
    [InlineData("e.csv", "")]
    [InlineData("e.csv", "symbol,auditor\n")]
    [InlineData("e.jsonl", "")]
    [InlineData("e.jsonl", "{\"kind\": \"asset\", \"as_of\": \"2026-01-09\"}\n\n")]
    [InlineData("e.json", "{\"entities\": []}")]
    public void Files_without_entities_give_an_empty_table(string path, string text)
    {
        var (table, diagnostics) = FactLoad.Text(path, text);

        Assert.Empty(diagnostics);
        Assert.Equal(0, table.RowCount);
        Assert.All(table.Columns, c => Assert.Equal(0, c.PresentCount));
    }

    [Fact]
    public void Csv_int_keys_compare_by_value_and_header_units_apply_to_list_items()
    {
        var (table, diagnostics) = FactLoad.Text("s.csv", "netuid,ema_tao_flow[rao/block],weights\n7,5,1;2.5\n7.0,,\n8,,\n", TestSchemas.Subnet);

        Assert.Equal(["s.csv(3,1): error TAO6004: duplicate netuid '7': an entity with this key is already given at line 2; this one is ignored"], diagnostics);
        Assert.Equal(["7", "8"], table.Keys);
        Assert.Equal(5e-9, table.GetColumn<double>(1).Values[0], 1e-20);
        Assert.Equal([1d, 2.5], table.GetColumn<double[]>(2).Values[0]);
        Assert.False(table.GetColumn(2).IsPresent(1));
    }

    [Fact]
    public void A_bad_list_item_makes_the_whole_list_missing()
    {
        var (table, diagnostics) = FactLoad.Text("l.yaml", "kind: subnet\nentities:\n  - { netuid: 1, weights: [1, x, 3] }\n", TestSchemas.Subnet);

        Assert.Equal(["l.yaml(3,31): error TAO6002: 'weights' must be a number; got 'x'"], diagnostics);
        Assert.False(table.GetColumn(2).IsPresent(0));
    }

    [Fact]
    public void A_second_yaml_document_is_reported()
    {
        var (table, diagnostics) = FactLoad.Text("d.yaml", "entities:\n  - { symbol: A, auditor: x }\n---\nentities: []\n");

        Assert.Equal(["d.yaml(3,1): error TAO6008: a fact file holds one YAML document; this second one is ignored"], diagnostics);
        Assert.Equal(["A"], table.Keys);
    }

    [Fact]
    public void Presence_bits_stay_exact_past_64_rows()
    {
        var yaml = "entities:\n" + string.Concat(Enumerable.Range(0, 130).Select(i => i % 3 == 0 ? $"  - {{ symbol: S{i}, auditor: x, privacy: false }}\n" : $"  - {{ symbol: S{i}, auditor: x }}\n"));
        var (table, _) = FactLoad.Text("p.yaml", yaml);
        var privacy = table.GetColumn<bool>(table.GetFieldIndex("privacy"));

        Assert.Equal(130, privacy.RowCount);
        Assert.Equal(44, privacy.PresentCount);
        for (var row = 0; row < 130; row++)
        {
            Assert.Equal(row % 3 == 0, privacy.IsPresent(row));
        }
    }

    [Fact]
    public void A_dropped_entity_leaves_no_facts_behind()
    {
        // The duplicate's facts were written into the row slot before its key was checked; they must not leak.
        var (table, _) = FactLoad.Text("x.yaml", "entities:\n  - { symbol: A, auditor: x }\n  - { symbol: A, auditor: y, market_cap: { value: 5, source: s } }\n  - { symbol: B, auditor: z }\n");

        Assert.Equal(["A", "B"], table.Keys);
        Assert.False(table.GetColumn(table.GetFieldIndex("market_cap")).IsPresent(1));
        Assert.Equal("z", table.GetColumn<string>(table.GetFieldIndex("auditor")).Values[1]);
        Assert.Equal(0, table.EvidenceCount);
    }

    [Fact]
    public void Digit_separators_are_allowed_between_digits_of_unquoted_numbers()
    {
        var (table, diagnostics) = FactLoad.Text("u.yaml", "entities:\n  - { symbol: A, auditor: x, market_cap: 2_800_000_000 }\n  - { symbol: B, auditor: x, market_cap: 2__8 }\n  - { symbol: C, auditor: x, market_cap: _28 }\n");

        Assert.Equal(2_800_000_000d, table.GetColumn<double>(table.GetFieldIndex("market_cap")).Values[0]);
        Assert.Equal(
            ["u.yaml(3,42): error TAO6002: 'market_cap' must be a number in USD; got '2__8'",
             "u.yaml(4,42): error TAO6002: 'market_cap' must be a number in USD; got '_28'"],
            diagnostics);
    }

    [Fact]
    public void Reading_columns_row_by_row_allocates_nothing()
    {
        var yaml = "entities:\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"  - {{ symbol: S{i}, auditor: x, market_cap: {i}, privacy: {(i % 2 == 0 ? "true" : "false")}, listed: 2024-01-01 }}\n"));
        var (table, _) = FactLoad.Text("z.yaml", yaml);
        var marketCap = table.GetColumn<double>(table.GetFieldIndex("market_cap"));
        var privacy = table.GetColumn<bool>(table.GetFieldIndex("privacy"));
        var listed = table.GetColumn<int>(table.GetFieldIndex("listed"));
        Sum(); // warm up the JIT outside the measurement

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (total, flags, days) = Sum();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(999 * 1000 / 2, total);
        Assert.Equal(500, flags);
        Assert.Equal(1000L * FactDates.ToDayNumber(new DateTime(2024, 1, 1)), days);

        (double Total, int Flags, long Days) Sum()
        {
            double sum = 0;
            int count = 0;
            long daySum = 0;
            for (var row = 0; row < table.RowCount; row++)
            {
                if (marketCap.TryGetValue(row, out var value))
                {
                    sum += value;
                }

                if (privacy.IsPresent(row) && privacy.Values[row])
                {
                    count++;
                }

                daySum += listed.Values[row];
            }

            return (sum, count, daySum);
        }
    }

    [Fact]
    public void Date_day_numbers_round_trip()
    {
        var date = new DateTime(2026, 2, 28);
        Assert.Equal(date, FactDates.FromDayNumber(FactDates.ToDayNumber(date)));
        Assert.Equal(1, FactDates.ToDayNumber(new DateTime(2026, 3, 1)) - FactDates.ToDayNumber(date));
        Assert.False(FactDates.TryParse("2026-2-28", out _));
        Assert.Equal("2026-02-28", FactDates.Format(date));
    }

    [Fact]
    public void A_key_field_that_is_a_list_is_a_schema_error_not_an_input_error()
    {
        var schema = new EntitySchema("odd", "tags", [TestSchemas.Asset["sections"]! with { Name = "tags" }], Tao.Rules.Text.Location.None);
        Assert.Throws<ArgumentException>(() => FactLoad.Text("o.yaml", "entities: []\n", schema));
    }
}
