namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>The presence and flag bit of each field in <see cref="AssetRow"/>.</summary>
public static class AssetBits
{
    public const int MarketCap = 0;
    public const int Adv30d = 1;
    public const int DomesticHandlerCount = 2;
    public const int CustodyColdRatio = 3;
    public const int MaxRetailLeverage = 4;
    public const int AuditCount = 5;
    public const int HasPrivacyFeature = 6;
    public const int IssuerIdentified = 7;
    public const int CentralizedAdmin = 8;
    public const int AdminCanFreezeOrMint = 9;
    public const int WhitepaperPublished = 10;
    public const int WhitepaperNotified = 11;
    public const int IndexInclusionCount = 12;
    public const int IndependentIndexProviders = 13;
    public const int TradfiIndexProvider = 14;
    public const int IsgMarket = 15;
    public const int CftcFuturesMonths = 16;
    public const int EtfNavExposure = 17;
    public const int CirculatingSupply = 18;
    public const int MaxSupply = 19;
}
