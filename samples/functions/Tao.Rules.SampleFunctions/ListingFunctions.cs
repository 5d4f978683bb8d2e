namespace Tao.Rules.SampleFunctions;

/// <summary>Listing checks that are easier to say in C# than in the rule language. Pure: they compute from their arguments only.</summary>
public static class ListingFunctions
{
    /// <summary>The market cap an asset needs: 1 % of a reference cap per exchange that handles it.</summary>
    [RuleFunction(Unit = "USD")]
    public static double LiquidityFloor([RuleUnit("USD")] double referenceCap, int handlers) => referenceCap / 100 * handlers;

    /// <summary>Tickers quoted in dollars (BTCUSD, ETHUSD).</summary>
    [RuleFunction]
    public static bool IsDollarTicker(string symbol) => symbol.EndsWith("USD", StringComparison.Ordinal);

    /// <summary>Circulating over maximum supply; a zero maximum is a data error, which the rule reports as an error outcome.</summary>
    [RuleFunction("supply_ratio")]
    public static double CirculatingShare(double circulating, double maximum) =>
        maximum == 0 ? throw new ArgumentException("the maximum supply is zero", nameof(maximum)) : circulating / maximum;
}
