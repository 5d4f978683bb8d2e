using System.Globalization;
using System.Text;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// Deterministic assets for the evaluation benchmarks: the same seed gives the same assets on every machine. Each fact
/// is missing with probability <see cref="MissingRate"/>, so every rule sees pass, fail and unknown.
/// </summary>
public static class AssetGenerator
{
    public const int Seed = 20260109;

    public const double MissingRate = 0.05;

    public static BenchAsset[] Generate(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var assets = new BenchAsset[count];
        for (var i = 0; i < count; i++)
        {
            assets[i] = new BenchAsset
            {
                Symbol = "A" + i.ToString("D7", CultureInfo.InvariantCulture),
                MarketCap = Maybe(random, () => Math.Round(Math.Pow(10, 6 + (random.NextDouble() * 5)))),
                Adv30d = Maybe(random, () => Math.Round(Math.Pow(10, 4 + (random.NextDouble() * 4)))),
                DomesticHandlerCount = Maybe(random, () => random.Next(0, 8)),
                CustodyColdRatio = Maybe(random, () => Math.Round(80 + (random.NextDouble() * 20), 1)),
                MaxRetailLeverage = Maybe(random, () => (double)random.Next(1, 5)),
                AuditCount = Maybe(random, () => random.Next(0, 4)),
                HasPrivacyFeature = Maybe(random, () => random.NextDouble() < 0.1),
                IssuerIdentified = Maybe(random, () => random.NextDouble() < 0.85),
                CentralizedAdmin = Maybe(random, () => random.NextDouble() < 0.3),
                AdminCanFreezeOrMint = Maybe(random, () => random.NextDouble() < 0.5),
                WhitepaperPublished = Maybe(random, () => random.NextDouble() < 0.9),
                WhitepaperNotified = Maybe(random, () => random.NextDouble() < 0.7),
                IndexInclusionCount = Maybe(random, () => random.Next(0, 4)),
                IndependentIndexProviders = Maybe(random, () => random.Next(0, 4)),
                TradfiIndexProvider = Maybe(random, () => random.NextDouble() < 0.4),
                IsgMarket = Maybe(random, () => random.NextDouble() < 0.3),
                CftcFuturesMonths = Maybe(random, () => (double)random.Next(0, 24)),
                EtfNavExposure = Maybe(random, () => Math.Round(random.NextDouble() * 60, 1)),
                CirculatingSupply = Maybe(random, () => Math.Round(random.NextDouble() * 1_000_000)),
                MaxSupply = Maybe(random, () => Math.Round(500_000 + (random.NextDouble() * 1_000_000))),
            };
        }

        return assets;
    }

    /// <summary>The assets as a JSONL fact file of kind <c>asset</c> (a header line, then one object per line).</summary>
    public static void WriteJsonLines(TextWriter writer, IEnumerable<BenchAsset> assets, string asOf = "2026-01-09")
    {
        writer.Write("{\"kind\": \"asset\", \"as_of\": \"");
        writer.Write(asOf);
        writer.Write("\", \"source\": \"generated benchmark data\"}\n");
        var line = new StringBuilder(640);
        foreach (var asset in assets)
        {
            line.Clear();
            line.Append("{\"symbol\": \"").Append(asset.Symbol).Append('"');
            Field(line, "market_cap", asset.MarketCap);
            Field(line, "adv_30d", asset.Adv30d);
            Field(line, "domestic_handler_count", asset.DomesticHandlerCount);
            Field(line, "custody_cold_ratio", asset.CustodyColdRatio);
            Field(line, "max_retail_leverage", asset.MaxRetailLeverage);
            Field(line, "audit_count", asset.AuditCount);
            Field(line, "has_privacy_feature", asset.HasPrivacyFeature);
            Field(line, "issuer_identified", asset.IssuerIdentified);
            Field(line, "centralized_admin", asset.CentralizedAdmin);
            Field(line, "admin_can_freeze_or_mint", asset.AdminCanFreezeOrMint);
            Field(line, "whitepaper_published", asset.WhitepaperPublished);
            Field(line, "whitepaper_notified", asset.WhitepaperNotified);
            Field(line, "index_inclusion_count", asset.IndexInclusionCount);
            Field(line, "independent_index_providers", asset.IndependentIndexProviders);
            Field(line, "tradfi_index_provider", asset.TradfiIndexProvider);
            Field(line, "isg_market", asset.IsgMarket);
            Field(line, "cftc_futures_months", asset.CftcFuturesMonths);
            Field(line, "etf_nav_exposure", asset.EtfNavExposure);
            Field(line, "circulating_supply", asset.CirculatingSupply);
            Field(line, "max_supply", asset.MaxSupply);
            line.Append("}\n");
            writer.Write(line);
        }
    }

    private static T? Maybe<T>(Random random, Func<T> value)
        where T : struct
    {
        // Draw the value first so that the stream of random numbers does not depend on which facts are missing.
        var drawn = value();
        return random.NextDouble() < MissingRate ? null : drawn;
    }

    private static void Field(StringBuilder line, string name, double? value)
    {
        if (value is { } v)
        {
            line.Append(", \"").Append(name).Append("\": ").Append(v.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static void Field(StringBuilder line, string name, int? value)
    {
        if (value is { } v)
        {
            line.Append(", \"").Append(name).Append("\": ").Append(v.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Field(StringBuilder line, string name, bool? value)
    {
        if (value is { } v)
        {
            line.Append(", \"").Append(name).Append("\": ").Append(v ? "true" : "false");
        }
    }
}
