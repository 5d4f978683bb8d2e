using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Schema;

namespace Tao.Rules.Tests.Packs;

public class SampleFactsTests
{
    private static readonly DateTime SampleDate = new(2026, 1, 9);

    internal static FactTable Load(string file, string kind, out IReadOnlyList<string> diagnostics)
    {
        Assert.True(ShippedPacks.Compilation.Schemas.TryGet(kind, out EntitySchema schema));
        var bag = new DiagnosticBag();
        var table = FactFileReader.Read(Path.Combine(ShippedPacks.SamplesFolder, file), schema, bag);
        diagnostics = bag.Select(d => d.ToString()).ToList();
        return table;
    }

    [Fact]
    public void The_asset_sample_loads_against_the_shipped_schema_without_diagnostics()
    {
        var table = Load("assets.yaml", "asset", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(SampleDate, table.AsOf);
        Assert.StartsWith("illustrative", table.Source, StringComparison.Ordinal);
        Assert.InRange(table.RowCount, 35, 45);
        foreach (var symbol in new[] { "BTC", "ETH", "XMR", "USDT", "USDC", "TAO", "BUIDL", "SOL", "XRP", "ADA", "DOGE", "LTC", "LINK", "DOT", "AVAX" })
        {
            Assert.True(table.TryGetRow(symbol, out _), symbol);
        }
    }

    [Fact]
    public void The_asset_sample_keeps_the_public_figures_it_cites()
    {
        var table = Load("assets.yaml", "asset", out _);
        Assert.True(table.TryGetRow("TAO", out var tao));

        var marketCap = table.GetFieldIndex("market_cap");
        Assert.True(table.GetColumn<double>(marketCap).TryGetValue(tao, out var usd));
        Assert.Equal(2_800_000_000, usd);
        Assert.True(table.TryGetEvidence(tao, marketCap, out var evidence));
        Assert.Equal(SampleDate, evidence.AsOf);
        Assert.False(string.IsNullOrWhiteSpace(evidence.Source));

        Assert.True(table.GetColumn<double>(table.GetFieldIndex("domestic_handler_count")).TryGetValue(tao, out var handlers));
        Assert.Equal(0, handlers);
        Assert.False(table.GetColumn<int>(table.GetFieldIndex("first_domestic_listing")).TryGetValue(tao, out _));
    }

    [Fact]
    public void The_subnet_sample_holds_all_128_subnets_with_unique_netuids_and_the_named_ones()
    {
        var table = Load("subnets.yaml", "subnet", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(128, table.RowCount);
        Assert.Equal(Enumerable.Range(0, 128).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), table.Keys.OrderBy(int.Parse));

        var names = table.GetColumn<string>(table.GetFieldIndex("name"));
        var byName = Enumerable.Range(0, table.RowCount)
            .Where(row => names.TryGetValue(row, out _))
            .ToDictionary(row => { names.TryGetValue(row, out var name); return name!; }, table.GetKey, StringComparer.Ordinal);
        Assert.Equal("64", byName["Chutes"]);
        Assert.Equal("3", byName["Templar"]);
        Assert.Equal("62", byName["Ridges"]);
        Assert.Equal("8", byName["Vanta"]);
        Assert.Equal("0", byName["root"]);
    }

    [Fact]
    public void The_waiver_sample_has_a_current_and_an_expired_waiver()
    {
        var bag = new DiagnosticBag();
        var waivers = WaiverFileReader.Read(Path.Combine(ShippedPacks.SamplesFolder, "waivers.yaml"), bag);

        Assert.Empty(bag.Select(d => d.ToString()));
        Assert.Contains(waivers, w => w.IsCurrent(SampleDate));
        Assert.Contains(waivers, w => !w.IsCurrent(SampleDate));
        Assert.Contains(waivers, w => w is { Rule: "JP-GL-01", Entity: "TAO" } && w.IsCurrent(SampleDate));
    }
}
