namespace Tao.Rules.Tests.Functions;

#pragma warning disable CA1822, IDE0060, RCS1163 // The shapes the loader must refuse; their bodies do not matter.

/// <summary>Methods marked [RuleFunction] that the loader must refuse (TAO3017), each for one reason.</summary>
public sealed class UnusableRuleFunctions
{
    [RuleFunction]
    public double Instance(double value) => value;

    [RuleFunction]
    public static double Elapsed(TimeSpan span) => span.TotalDays;

    [RuleFunction]
    public static void Nothing(double value)
    {
    }

    [RuleFunction(Unit = "USD")]
    public static bool FlagWithUnit(bool value) => value;

    [RuleFunction]
    public static double UnknownUnit([RuleUnit("USDT0")] double value) => value;

    [RuleFunction("Bad-Name")]
    public static double Named(double value) => value;

    [RuleFunction]
    public static T Generic<T>(T value) => value;

    [RuleFunction]
    internal static double Hidden(double value) => value;

    [RuleFunction]
    public static double ByReference(ref double value) => value;
}

/// <summary>Names that clash with a built-in and with each other (TAO3018).</summary>
public static class ClashingRuleFunctions
{
    [RuleFunction("round")]
    public static double MyRound(double value) => value;

    [RuleFunction("score")]
    public static double First(double value) => value;

    [RuleFunction("score")]
    public static double Second(double value) => value;
}
