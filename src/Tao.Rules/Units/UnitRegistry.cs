namespace Tao.Rules.Units;

/// <summary>
/// The units the language knows. Currencies and tokens are distinct dimensions with no implicit conversion;
/// <c>days</c>/<c>weeks</c> convert, <c>months</c>/<c>years</c> convert, and days never convert to months
/// (a month has no fixed number of days).
/// </summary>
public static class UnitRegistry
{
    private static readonly Dictionary<string, Unit> Atoms = BuildAtoms();

    /// <summary>Every unit name the language accepts, for suggestions and documentation.</summary>
    public static IReadOnlyCollection<string> Names => Atoms.Keys;

    public static bool TryGetAtom(string name, out Unit unit) => Atoms.TryGetValue(name, out unit!);

    /// <summary>The dimension of calendar durations that have a fixed length in days.</summary>
    public const string DayDimension = "day";

    /// <summary>The dimension of calendar durations measured in months.</summary>
    public const string MonthDimension = "month";

    private static Dictionary<string, Unit> BuildAtoms()
    {
        var atoms = new Dictionary<string, Unit>(StringComparer.Ordinal);

        // Fiat currencies (ISO 4217 codes) that listing rules quote.
        foreach (var code in new[] { "USD", "EUR", "JPY", "HKD", "GBP", "CHF", "SGD", "KRW", "AUD", "CAD" })
        {
            atoms[code] = Unit.Base(code);
        }

        // Crypto-assets. TAO's smallest unit is the rao (1e-9 TAO); a subnet's own token is its alpha.
        var tao = Unit.Base("TAO");
        atoms["TAO"] = tao;
        atoms["rao"] = tao.Scaled(1e-9, "rao");
        atoms["alpha"] = Unit.Base("alpha");
        foreach (var token in new[] { "BTC", "ETH", "SOL", "USDT", "USDC" })
        {
            atoms[token] = Unit.Base(token);
        }

        // Chain time.
        var block = Unit.Base("block");
        atoms["block"] = block;
        atoms["blocks"] = block.Scaled(1, "blocks");

        // Calendar time: two families that never mix.
        var day = Unit.Base(DayDimension);
        atoms["day"] = day;
        atoms["days"] = day.Scaled(1, "days");
        atoms["week"] = day.Scaled(7, "week");
        atoms["weeks"] = day.Scaled(7, "weeks");
        var month = Unit.Base(MonthDimension);
        atoms["month"] = month;
        atoms["months"] = month.Scaled(1, "months");
        atoms["year"] = month.Scaled(12, "year");
        atoms["years"] = month.Scaled(12, "years");

        // Dimensionless scales.
        atoms["%"] = Unit.None.Scaled(0.01, "%");
        atoms["bps"] = Unit.None.Scaled(0.0001, "bps");
        atoms["x"] = Unit.None.Scaled(1, "x");
        return atoms;
    }
}
