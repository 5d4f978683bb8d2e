using System.Globalization;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Units;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Turns one scalar of a fact file into the stored value of its field, or reports why it cannot (TAO6002 wrong type or
/// unit, TAO6009 a value no fact can hold) and returns false, so the caller marks the fact missing and goes on.
/// Parsing is invariant: <c>1.5</c> and <c>2026-01-09</c> read the same under every culture.
/// </summary>
internal sealed class FactValueConverter(FactDiagnostics diagnostics)
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    // The largest magnitude at which every whole number is exactly representable as a double.
    private const double MaxExactInteger = 9007199254740992d;

    /// <summary>A number in the base units of <paramref name="unit"/> (the field's unit, or the fact's own).</summary>
    public bool TryNumber(ScalarNode node, FieldSchema field, FieldType type, Unit unit, out double value)
    {
        value = 0;
        if (node.Kind is not (ScalarKind.Number or ScalarKind.Untyped or ScalarKind.String))
        {
            return WrongType(node, field, ExpectedNumber(field, type));
        }

        var text = node.Text.Trim();
        if (IsNamedNonNumber(text))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFactValue, node.Position, $"'{field.Name}' cannot be {text}: a fact must be a finite number");
            return false;
        }

        if (node.Kind == ScalarKind.Untyped && text.Contains('_', StringComparison.Ordinal))
        {
            text = WithoutDigitSeparators(text);
        }

        if (node.Kind == ScalarKind.String || !double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var number))
        {
            return WrongType(node, field, ExpectedNumber(field, type));
        }

        if (!double.IsFinite(number))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFactValue, node.Position, $"'{field.Name}' is {text}, outside the range of a 64-bit number");
            return false;
        }

        if (type == FieldType.Int && (Math.Floor(number) != number || Math.Abs(number) > MaxExactInteger))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFactValue, node.Position, $"'{field.Name}' must be a whole number; got {text}");
            return false;
        }

        value = number * unit.Scale;
        return true;
    }

    public bool TryBool(ScalarNode node, FieldSchema field, out bool value)
    {
        value = false;
        var text = node.Text.Trim();
        if (node.Kind is ScalarKind.Boolean or ScalarKind.Untyped)
        {
            if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                value = true;
                return true;
            }

            if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return WrongType(node, field, "true or false");
    }

    public bool TryDate(ScalarNode node, FieldSchema field, out int dayNumber)
    {
        dayNumber = 0;
        if (node.Kind is not (ScalarKind.String or ScalarKind.Untyped))
        {
            return WrongType(node, field, "a date (YYYY-MM-DD)");
        }

        if (!TryDate(node, field.Name, out DateTime date))
        {
            return false;
        }

        dayNumber = FactDates.ToDayNumber(date);
        return true;
    }

    /// <summary>A date that is not a field value (a fact's <c>as_of</c>, a waiver's <c>expires</c>).</summary>
    public bool TryDate(ScalarNode node, string what, out DateTime date)
    {
        var text = node.Text.Trim();
        if (node.Kind is (ScalarKind.String or ScalarKind.Untyped) && FactDates.TryParse(text, out date))
        {
            return true;
        }

        date = default;
        diagnostics.Report(DiagnosticCatalog.InvalidFactValue, node.Position, $"'{what}' is {node.Describe()}, which is not a valid calendar date (expected YYYY-MM-DD)");
        return false;
    }

    public bool TryString(ScalarNode node, FieldSchema field, out string value)
    {
        value = node.Text;
        return node.Kind is ScalarKind.String or ScalarKind.Untyped || WrongType(node, field, "a string");
    }

    public bool TryEnum(ScalarNode node, FieldSchema field, out int ordinal)
    {
        ordinal = -1;
        if (node.Kind is not (ScalarKind.String or ScalarKind.Untyped))
        {
            return WrongType(node, field, "one of " + string.Join(", ", field.EnumValues));
        }

        var values = field.EnumValues;
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], node.Text, StringComparison.Ordinal))
            {
                ordinal = i;
                return true;
            }
        }

        diagnostics.Report(
            DiagnosticCatalog.InvalidFactValue,
            node.Position,
            $"'{node.Text}' is not a value of '{field.Name}' (values: {string.Join(", ", values)}){Suggestions.DidYouMean(node.Text, values)}");
        return false;
    }

    /// <summary>The unit a fact states for itself, checked against its field's unit.</summary>
    public bool TryUnit(ScalarNode node, FieldSchema field, out Unit unit)
    {
        unit = field.Unit;
        var elementType = field.Type == FieldType.List ? field.ElementType : field.Type;
        if (elementType is not (FieldType.Number or FieldType.Int))
        {
            diagnostics.Report(DiagnosticCatalog.FactTypeMismatch, node.Position, $"'{field.Name}' is {Article(field.Type)}, which has no unit; only numbers carry one");
            return false;
        }

        if (node.Kind is not (ScalarKind.String or ScalarKind.Untyped))
        {
            diagnostics.Report(DiagnosticCatalog.FactTypeMismatch, node.Position, $"a unit must be written as text, not {node.Describe()}");
            return false;
        }

        if (!UnitParser.TryParse(node.Text, out var given, out var error))
        {
            diagnostics.Report(DiagnosticCatalog.FactTypeMismatch, node.Position, $"unknown unit {error}");
            return false;
        }

        if (!given.HasSameDimension(field.Unit))
        {
            var expected = field.Unit.IsNone ? "has no unit" : $"is in {field.Unit.Symbol}";
            diagnostics.Report(
                DiagnosticCatalog.FactTypeMismatch,
                node.Position,
                $"'{field.Name}' {expected}; a value in {given.Symbol}{DimensionNote(given)} cannot be converted to it");
            return false;
        }

        unit = given;
        return true;
    }

    public bool WrongType(FactNode node, FieldSchema field, string expected)
    {
        diagnostics.Report(DiagnosticCatalog.FactTypeMismatch, node.Position, $"'{field.Name}' must be {expected}; got {node.Describe()}");
        return false;
    }

    public static string Describe(FieldSchema field, FieldType type) => type switch
    {
        FieldType.Int or FieldType.Number => ExpectedNumber(field, type),
        FieldType.Bool => "true or false",
        FieldType.Date => "a date (YYYY-MM-DD)",
        FieldType.Enum => "one of " + string.Join(", ", field.EnumValues),
        FieldType.List => "a list",
        _ => "a string",
    };

    private static string ExpectedNumber(FieldSchema field, FieldType type)
    {
        var noun = type == FieldType.Int ? "a whole number" : "a number";
        return field.Unit.IsNone ? noun : $"{noun} in {field.Unit.Symbol}";
    }

    private static string DimensionNote(Unit unit) =>
        string.Equals(unit.Symbol, unit.DimensionText, StringComparison.Ordinal) ? string.Empty : $" ({unit.DimensionText})";

    private static string Article(FieldType type) => type switch
    {
        FieldType.Int => "an int",
        FieldType.Enum => "an enum",
        var t => "a " + t.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// <c>2_800_000_000</c> as the rule language writes it: an underscore between two digits is a separator. Any other
    /// underscore is left in place, so the text stays not-a-number.
    /// </summary>
    private static string WithoutDigitSeparators(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var separator = text[i] == '_' && i > 0 && i < text.Length - 1 && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            if (!separator)
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static bool IsNamedNonNumber(string text)
    {
        var core = text.TrimStart('+', '-').TrimStart('.');
        return core.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || core.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || core.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || core == "∞";
    }
}
