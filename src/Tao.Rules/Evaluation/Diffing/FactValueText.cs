using System.Collections;
using Tao.Rules.Facts;
using Tao.Rules.Schema;

namespace Tao.Rules.Evaluation.Diffing;

/// <summary>A fact of one entity as the diff prints it: in the schema's unit, invariant, <c>missing</c> when absent.</summary>
internal static class FactValueText
{
    public const string Missing = "missing";

    /// <summary>The value of field <paramref name="name"/> for the entity in <paramref name="row"/>; <see cref="Missing"/> when it has none.</summary>
    public static string Of(FactTable facts, int row, string name)
    {
        var index = facts.GetFieldIndex(name);
        if (index < 0)
        {
            return Missing;
        }

        var column = facts.GetColumn(index);
        return column.GetDisplayValue(row) is { } value ? Format(value, column.Field) : Missing;
    }

    private static string Format(object value, FieldSchema field) => value switch
    {
        double number => ValueText.FormatNumber(number, field.Unit),
        bool truth => truth ? "true" : "false",
        DateTime date => FactDates.Format(date),
        string text => "\"" + text + "\"",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(i => Format(i, field))) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
