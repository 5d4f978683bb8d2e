using System.Runtime.CompilerServices;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// The 15 checks of <c>bench/rules/bench-listing.rules</c> written by hand over an array of structs: the practical limit
/// for the same work. Kleene-correct: a check that depends on a missing fact is <see cref="Outcome.Unknown"/>, never a
/// pass or a fail.
/// </summary>
public static class HandWrittenScreen
{
    public const int RuleCount = 15;

    private const byte False = 0;
    private const byte True = 1;
    private const byte Unknown = 2;

    /// <summary>Writes the outcome of rule <c>r</c> for row <c>i</c> to <c>outcomes[i * 15 + r]</c>.</summary>
    public static void Evaluate(ReadOnlySpan<AssetRow> rows, Span<Outcome> outcomes)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var a = ref rows[i];
            var o = outcomes.Slice(i * RuleCount, RuleCount);
            o[0] = Require(Compare(a, AssetBits.MarketCap, a.MarketCapUsd >= 100_000_000));
            o[1] = Require(Compare(a, AssetBits.Adv30d, a.Adv30dUsd >= 1_000_000));
            o[2] = Require(Compare(a, AssetBits.DomesticHandlerCount, a.DomesticHandlerCount >= 3));
            o[3] = Require(Compare(a, AssetBits.CustodyColdRatio, a.CustodyColdRatioPercent >= 95));
            o[4] = Require(Compare(a, AssetBits.MaxRetailLeverage, a.MaxRetailLeverage <= 2));
            o[5] = Require(Compare(a, AssetBits.AuditCount, a.AuditCount >= 1));
            o[6] = Require(Not(Flag(a, AssetBits.HasPrivacyFeature)));
            o[7] = Require(Flag(a, AssetBits.IssuerIdentified));
            o[8] = Require(Not(And(Flag(a, AssetBits.CentralizedAdmin), Flag(a, AssetBits.AdminCanFreezeOrMint))));
            o[9] = Require(And(Flag(a, AssetBits.WhitepaperPublished), Flag(a, AssetBits.WhitepaperNotified)));
            o[10] = When(
                Compare(a, AssetBits.IndexInclusionCount, a.IndexInclusionCount > 0),
                Or(Compare(a, AssetBits.IndependentIndexProviders, a.IndependentIndexProviders >= 2), Flag(a, AssetBits.TradfiIndexProvider)));
            o[11] = Require(Or(Flag(a, AssetBits.IsgMarket), Compare(a, AssetBits.CftcFuturesMonths, a.CftcFuturesMonths >= 6)));
            o[12] = Require(Compare(a, AssetBits.EtfNavExposure, a.EtfNavExposurePercent <= 40));
            o[13] = Require(Compare2(a, AssetBits.CirculatingSupply, AssetBits.MaxSupply, a.CirculatingSupply <= a.MaxSupply));
            o[14] = Require(Compare2(a, AssetBits.Adv30d, AssetBits.MarketCap, a.Adv30dUsd >= a.MarketCapUsd * 0.001));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Compare(in AssetRow a, int field, bool result) =>
        (a.Present & (1u << field)) == 0 ? Unknown : result ? True : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Compare2(in AssetRow a, int left, int right, bool result)
    {
        var both = (1u << left) | (1u << right);
        return (a.Present & both) != both ? Unknown : result ? True : False;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Flag(in AssetRow a, int field) =>
        (a.Present & (1u << field)) == 0 ? Unknown : (a.Flags & (1u << field)) != 0 ? True : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Not(byte value) => value == Unknown ? Unknown : (byte)(value ^ 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte And(byte left, byte right) =>
        left == False || right == False ? False : left == Unknown || right == Unknown ? Unknown : True;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Or(byte left, byte right) =>
        left == True || right == True ? True : left == Unknown || right == Unknown ? Unknown : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Outcome Require(byte require) =>
        require == True ? Outcome.Pass : require == False ? Outcome.Fail : Outcome.Unknown;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Outcome When(byte when, byte require) =>
        when == False ? Outcome.NotApplicable : when == Unknown ? Outcome.Unknown : Require(require);
}
