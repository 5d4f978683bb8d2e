using System.Globalization;

namespace Tao.Rules.Tests.Facts;

/// <summary>Numbers, dates and booleans read the same under every culture.</summary>
public sealed class FactCultureTests
{
    private const string Yaml = """
        kind: asset
        as_of: 2026-01-09
        entities:
          - { symbol: TAO, auditor: A, market_cap: 1.5, listed: 2024-02-29, privacy: TRUE, asset_type: token, cold_ratio: 12.25 }
          - { symbol: "İ", auditor: I, market_cap: 1.5e3, privacy: false }
        """;

    private const string Csv = "symbol,auditor,market_cap,listed,privacy,cold_ratio\nTAO,A,1.5,2024-02-29,TRUE,12.25\n";

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Facts_load_identically_in_any_culture(string culture)
    {
        var invariant = Load();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var local = Load();

            Assert.Equal(invariant, local);
            var (table, _) = FactLoad.Text("c.yaml", Yaml);
            Assert.Equal(1.5, table.GetColumn<double>(table.GetFieldIndex("market_cap")).Values[0]);
            Assert.Equal(new DateTime(2024, 2, 29), table.GetColumn(table.GetFieldIndex("listed")).GetDisplayValue(0));
            Assert.True(table.GetColumn<bool>(table.GetFieldIndex("privacy")).Values[0]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void A_decimal_comma_is_not_a_number_in_any_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(
                ["c.csv(2,5): error TAO6002: 'market_cap' must be a number in USD; got '1,5'"],
                FactLoad.Text("c.csv", "symbol,market_cap,auditor\nTAO,\"1,5\",A\n").Diagnostics);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static string Load()
    {
        var yaml = FactLoad.Text("c.yaml", Yaml);
        var csv = FactLoad.Text("c.csv", Csv);
        return FactLoad.Dump(yaml.Table) + string.Join("\n", yaml.Diagnostics) + FactLoad.Dump(csv.Table) + string.Join("\n", csv.Diagnostics);
    }
}
