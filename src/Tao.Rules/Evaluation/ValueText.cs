using System.Globalization;
using Tao.Rules.Binding;
using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>
/// How explanations print values: numbers in their display unit with up to 15 significant digits, invariant, no digit
/// grouping, then the unit symbol (<c>2800000000 USD</c>, <c>95 %</c>, <c>0.5 TAO/block</c>); dates ISO; strings quoted
/// in comparisons and bare in <c>because</c> texts; a missing value as <c>unknown</c>.
/// </summary>
public static class ValueText
{
    /// <summary>A number in base units shown in <paramref name="unit"/>: 0.9500000000000001 in <c>%</c> is <c>95 %</c>.</summary>
    public static string FormatNumber(double baseValue, Units.Unit unit)
    {
        var display = UnitFacts.FromBase(baseValue, unit);
        var text = display.ToString("G15", CultureInfo.InvariantCulture);
        // A named scale of one (the leverage unit x) is still shown: "2 x" says more than "2".
        return unit.Symbol.Length == 0 ? text : text + " " + unit.Symbol;
    }

    internal static string Format(RuntimeValue value, RuleType type, bool quoteStrings = true) => value.Kind switch
    {
        ValueKind.Unknown => "unknown",
        ValueKind.Error => "error",
        ValueKind.Bool => value.IsTrue ? "true" : "false",
        ValueKind.Number => FormatNumber(value.Scalar, type.Kind == TypeKind.List ? type.ElementType!.Unit : type.Unit),
        ValueKind.Date => FactDates.Format(FactDates.FromDayNumber((int)value.Scalar)),
        ValueKind.String => quoteStrings ? "\"" + value.Text + "\"" : value.Text!,
        _ => "[" + string.Join(", ", value.Items!.Select(i => Format(i, type.ElementType ?? RuleType.Nothing, quoteStrings))) + "]",
    };

    internal static string Truth(int truth) => truth switch
    {
        RuntimeOps.True => "true",
        RuntimeOps.False => "false",
        _ => "unknown",
    };

    /// <summary>A value for the JSON <c>derived</c> array (see <see cref="DerivedValue.Value"/>).</summary>
    internal static object? ToJsonValue(RuntimeValue value, RuleType type) => value.Kind switch
    {
        ValueKind.Bool => value.IsTrue,
        ValueKind.Number => UnitFacts.FromBase(value.Scalar, type.Kind == TypeKind.List ? type.ElementType!.Unit : type.Unit),
        ValueKind.Date => FactDates.Format(FactDates.FromDayNumber((int)value.Scalar)),
        ValueKind.String => value.Text,
        ValueKind.List => value.Items!.Select(i => ToJsonValue(i, type.ElementType ?? RuleType.Nothing)).ToArray(),
        _ => null,
    };
}
