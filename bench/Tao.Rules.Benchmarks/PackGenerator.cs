using System.Globalization;
using System.Text;

namespace Tao.Rules.Benchmarks;

/// <summary>
/// A deterministic, realistic rule pack of any size over the shipped asset schema: params, lets, rules with every
/// clause and a mix of comparisons, units, lists, dates and calls, and one test per rule.
/// </summary>
public static class PackGenerator
{
    public static string Generate(int ruleCount)
    {
        var text = new StringBuilder();
        text.Append("""
            package bench.generated
              title "Generated benchmark pack"
              applies to asset
              jurisdiction JP
              version "2026.1"
              effective 2026-01-01

            param min_handlers = 3
            param min_cold_custody = 95 %
            param min_market_cap = 100_000_000 USD
            param max_leverage = 2 x

            let listed_long_enough = asset.first_domestic_listing + 6 months <= as_of
            let liquid = asset.adv_30d >= 1_000_000 USD and asset.market_cap >= min_market_cap


            """);
        for (var i = 0; i < ruleCount; i++)
        {
            var id = "GEN-" + i.ToString("D4", CultureInfo.InvariantCulture);
            text.Append("rule ").Append(id).Append(" \"Generated rule ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            text.Append("  severity ").Append((i % 3) switch { 0 => "blocker", 1 => "major", _ => "minor" }).Append('\n');
            text.Append("  cite \"Generated policy, section ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            text.Append("  tags [\"generated\", \"bench\"]\n");
            text.Append("  when asset.asset_type in [\"native\", \"token\"] and not asset.has_privacy_feature\n");
            text.Append("  require ").Append(Condition(i)).Append('\n');
            text.Append("  because \"{asset.symbol} does not meet generated rule ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            text.Append("  remedy \"Provide evidence for rule ").Append(id).Append("\"\n\n");
            text.Append("test \"").Append(id).Append(" passes\"\n");
            text.Append("  given asset { symbol: \"BTC\", asset_type: \"native\", has_privacy_feature: false, domestic_handler_count: 5, custody_cold_ratio: 98 %, market_cap: 1_000_000_000 USD, adv_30d: 5_000_000 USD, max_retail_leverage: 2 x, first_domestic_listing: 2020-01-01, audit_count: 2 }\n");
            text.Append("  as of 2026-01-09\n");
            text.Append("  expect ").Append(id).Append(" pass\n\n");
        }

        return text.ToString();
    }

    private static string Condition(int i) => (i % 6) switch
    {
        0 => "asset.domestic_handler_count >= min_handlers and listed_long_enough",
        1 => "asset.custody_cold_ratio >= min_cold_custody",
        2 => "asset.market_cap >= " + (100 + i).ToString(CultureInfo.InvariantCulture) + "_000_000 USD or liquid",
        3 => "asset.max_retail_leverage <= max_leverage and asset.audit_count between 1 and 10",
        4 => "(asset.adv_30d / 2 >= 250_000 USD) and has(asset.first_domestic_listing)",
        _ => "asset.first_domestic_listing <= 2025-06-30 and asset.asset_type != \"security\"",
    };
}
