namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// One generated asset as plain nullable properties, in the units of the shipped asset schema (percentages as 98, not
/// 0.98). It is the one source of truth: the JSONL facts, the hand-written rows and the RulesEngine inputs all come
/// from it, so the three evaluators see the same data. Null is a missing fact.
/// </summary>
public sealed class BenchAsset
{
    public string Symbol { get; set; } = string.Empty;

    public double? MarketCap { get; set; }

    public double? Adv30d { get; set; }

    public int? DomesticHandlerCount { get; set; }

    public double? CustodyColdRatio { get; set; }

    public double? MaxRetailLeverage { get; set; }

    public int? AuditCount { get; set; }

    public bool? HasPrivacyFeature { get; set; }

    public bool? IssuerIdentified { get; set; }

    public bool? CentralizedAdmin { get; set; }

    public bool? AdminCanFreezeOrMint { get; set; }

    public bool? WhitepaperPublished { get; set; }

    public bool? WhitepaperNotified { get; set; }

    public int? IndexInclusionCount { get; set; }

    public int? IndependentIndexProviders { get; set; }

    public bool? TradfiIndexProvider { get; set; }

    public bool? IsgMarket { get; set; }

    public double? CftcFuturesMonths { get; set; }

    public double? EtfNavExposure { get; set; }

    public double? CirculatingSupply { get; set; }

    public double? MaxSupply { get; set; }
}
