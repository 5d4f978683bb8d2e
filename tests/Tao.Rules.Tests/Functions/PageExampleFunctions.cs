// The C# examples of docs/diagnostics/TAO3017.md and TAO3018.md, compiled, so that a test can check the lines they quote.
#pragma warning disable IDE0130 // The namespace is the one the pages show.
namespace Listing;

public static class ListingFunctions
{
    [Tao.Rules.RuleFunction]
    public static double DaysListed(TimeSpan listedFor) => listedFor.TotalDays;
}

public static class LotFunctions
{
    [Tao.Rules.RuleFunction("round")]
    public static double RoundToLot(double amount) => Math.Round(amount / 100) * 100;
}
