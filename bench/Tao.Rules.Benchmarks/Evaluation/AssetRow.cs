namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// One asset as a hand-written program would hold it: plain numbers, booleans packed in <see cref="Flags"/>, and a
/// presence bit per field in <see cref="Present"/> (bit positions in <see cref="AssetBits"/>).
/// </summary>
public struct AssetRow
{
    public double MarketCapUsd;
    public double Adv30dUsd;
    public double CustodyColdRatioPercent;
    public double MaxRetailLeverage;
    public double CftcFuturesMonths;
    public double EtfNavExposurePercent;
    public double CirculatingSupply;
    public double MaxSupply;
    public int DomesticHandlerCount;
    public int AuditCount;
    public int IndexInclusionCount;
    public int IndependentIndexProviders;
    public uint Present;
    public uint Flags;

    public static AssetRow From(BenchAsset asset)
    {
        var row = default(AssetRow);
        row.MarketCapUsd = Number(ref row, AssetBits.MarketCap, asset.MarketCap);
        row.Adv30dUsd = Number(ref row, AssetBits.Adv30d, asset.Adv30d);
        row.DomesticHandlerCount = Whole(ref row, AssetBits.DomesticHandlerCount, asset.DomesticHandlerCount);
        row.CustodyColdRatioPercent = Number(ref row, AssetBits.CustodyColdRatio, asset.CustodyColdRatio);
        row.MaxRetailLeverage = Number(ref row, AssetBits.MaxRetailLeverage, asset.MaxRetailLeverage);
        row.AuditCount = Whole(ref row, AssetBits.AuditCount, asset.AuditCount);
        Flag(ref row, AssetBits.HasPrivacyFeature, asset.HasPrivacyFeature);
        Flag(ref row, AssetBits.IssuerIdentified, asset.IssuerIdentified);
        Flag(ref row, AssetBits.CentralizedAdmin, asset.CentralizedAdmin);
        Flag(ref row, AssetBits.AdminCanFreezeOrMint, asset.AdminCanFreezeOrMint);
        Flag(ref row, AssetBits.WhitepaperPublished, asset.WhitepaperPublished);
        Flag(ref row, AssetBits.WhitepaperNotified, asset.WhitepaperNotified);
        row.IndexInclusionCount = Whole(ref row, AssetBits.IndexInclusionCount, asset.IndexInclusionCount);
        row.IndependentIndexProviders = Whole(ref row, AssetBits.IndependentIndexProviders, asset.IndependentIndexProviders);
        Flag(ref row, AssetBits.TradfiIndexProvider, asset.TradfiIndexProvider);
        Flag(ref row, AssetBits.IsgMarket, asset.IsgMarket);
        row.CftcFuturesMonths = Number(ref row, AssetBits.CftcFuturesMonths, asset.CftcFuturesMonths);
        row.EtfNavExposurePercent = Number(ref row, AssetBits.EtfNavExposure, asset.EtfNavExposure);
        row.CirculatingSupply = Number(ref row, AssetBits.CirculatingSupply, asset.CirculatingSupply);
        row.MaxSupply = Number(ref row, AssetBits.MaxSupply, asset.MaxSupply);
        return row;
    }

    private static double Number(ref AssetRow row, int field, double? value)
    {
        if (value is { } v)
        {
            row.Present |= 1u << field;
        }

        return value ?? 0;
    }

    private static int Whole(ref AssetRow row, int field, int? value)
    {
        if (value is not null)
        {
            row.Present |= 1u << field;
        }

        return value ?? 0;
    }

    private static void Flag(ref AssetRow row, int field, bool? value)
    {
        if (value is { } v)
        {
            row.Present |= 1u << field;
            if (v)
            {
                row.Flags |= 1u << field;
            }
        }
    }
}
