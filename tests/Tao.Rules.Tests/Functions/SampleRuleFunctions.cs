namespace Tao.Rules.Tests.Functions;

/// <summary>Rule functions of every supported shape, called from the tests' rules.</summary>
public static class SampleRuleFunctions
{
    /// <summary>A market-cap floor that grows with the number of handlers.</summary>
    [RuleFunction(Unit = "USD")]
    public static double LiquidityFloor([RuleUnit("USD")] double marketCap, int handlers) => marketCap / 100 * handlers;

    [RuleFunction("is_dollar_ticker")]
    public static bool IsDollarTicker(string symbol) => symbol.EndsWith("USD", StringComparison.Ordinal);

    [RuleFunction]
    public static decimal Fee(decimal amount) => amount * 0.001m;

    [RuleFunction]
    public static DateTime EndOfQuarter(DateTime date) =>
        new DateTime(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1).AddMonths(3).AddDays(-1);

    /// <summary>No score for securities: null is unknown.</summary>
    [RuleFunction]
    public static double? RiskScore(string assetType) => assetType == "security" ? null : assetType.Length;

    [RuleFunction]
    public static long Twice(long value) => value * 2;

    [RuleFunction]
    public static string Label(string symbol, bool flagged) => flagged ? symbol + "!" : symbol;

    /// <summary>Throws for everything: an unknown argument must keep it from being called at all.</summary>
    [RuleFunction]
    public static bool AlwaysThrows(double value) => throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"refused {value}"));

    /// <summary>Months of custody (a duration) in, a number of days out.</summary>
    [RuleFunction(Unit = "days")]
    public static double HalfOf([RuleUnit("days")] double period) => period / 2;

    [RuleFunction]
    public static double Infinite(double value) => value / 0.0;
}
