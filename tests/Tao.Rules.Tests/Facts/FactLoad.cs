using System.Globalization;
using System.Text;
using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Schema;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Facts;

/// <summary>Loads fact text for a test and renders tables and diagnostics as text to compare.</summary>
internal static class FactLoad
{
    public static (FactTable Table, string[] Diagnostics) Text(string path, string content, EntitySchema? schema = null, FactReadOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var table = FactFileReader.Read(SourceText.From(content, path), schema ?? TestSchemas.Asset, bag, options);
        return (table, Render(bag));
    }

    public static string[] Render(DiagnosticBag bag) => bag.ToSortedList().Select(d => d.ToString()).ToArray();

    /// <summary>Every row, column, presence bit and evidence of a table, one line per fact, invariantly formatted.</summary>
    public static string Dump(FactTable table)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"kind={table.Kind} rows={table.RowCount} as_of={Format(table.AsOf)} source={table.Source ?? "-"}\n");
        for (var row = 0; row < table.RowCount; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{row}] key={table.GetKey(row)}\n");
            for (var field = 0; field < table.FieldCount; field++)
            {
                var column = table.GetColumn(field);
                var value = column.IsPresent(row) ? Format(column.GetDisplayValue(row)) : "(missing)";
                text.Append(CultureInfo.InvariantCulture, $"  {column.Field.Name} = {value}");
                if (table.TryGetEvidence(row, field, out var evidence))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  [source={evidence.Source ?? "-"} as_of={Format(evidence.AsOf)}]");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "-",
        DateTime date => FactDates.Format(date),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        string s => "\"" + s + "\"",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-",
    };
}
