using Tao.Rules.Units;

namespace Tao.Rules.Binding;

/// <summary>What the binder needs to know about units beyond <see cref="Unit"/> itself.</summary>
public static class UnitFacts
{
    private static readonly Unit Days = Unit.Base(UnitRegistry.DayDimension);
    private static readonly Unit Months = Unit.Base(UnitRegistry.MonthDimension);

    /// <summary>The unit of <c>date - date</c>.</summary>
    public static Unit DayUnit { get; } = Days.Scaled(1, "days");

    public static bool IsDayDuration(Unit unit) => unit.HasSameDimension(Days);

    public static bool IsMonthDuration(Unit unit) => unit.HasSameDimension(Months);

    public static bool IsDuration(Unit unit) => IsDayDuration(unit) || IsMonthDuration(unit);

    /// <summary>
    /// Values can be added or compared when the dimensions agree; plain numbers and the dimensionless scales
    /// (<c>%</c>, <c>bps</c>, <c>x</c>) share the empty dimension and so agree with each other.
    /// </summary>
    public static bool AreCompatible(Unit left, Unit right) => left.HasSameDimension(right);

    /// <summary>
    /// The unit of a product or quotient. Values are held in base units, so the result is the base unit of the
    /// resulting dimension, named by its dimensions (<c>TAO/block * blocks</c> is <c>TAO</c>).
    /// </summary>
    public static Unit Combine(Unit left, Unit right, bool divide)
    {
        var combined = divide ? left.Divide(right) : left.Multiply(right);
        if (combined.IsDimensionless)
        {
            return Unit.None;
        }

        // Back to scale 1: the runtime value is already in base units.
        return combined.ToBase(combined.DimensionText);
    }

    /// <summary>
    /// A value written in <paramref name="unit"/> converted to base units: value × scale. This is the one conversion
    /// literals, test values and facts (FactValueConverter) share, so a fact and a literal written alike are the very
    /// same double (<c>95 %</c> is 95 × 0.01, which is 0.9500000000000001, on both sides).
    /// </summary>
    public static double ToBase(double value, Unit unit) => value * unit.Scale;

    /// <summary>A base-unit value expressed in <paramref name="unit"/>, for display (0.95 in <c>%</c> is 95).</summary>
    public static double FromBase(double value, Unit unit) => value / unit.Scale;

    /// <summary>How a message names a unit: its symbol, or "a plain number".</summary>
    public static string Describe(Unit unit) => unit.IsNone ? "a plain number" : unit.Symbol;
}
