using System.Text;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// CSV cells by RFC 4180, safe to open in a spreadsheet: a cell holding a comma, a quote or a line break is quoted (quotes
/// doubled), and a cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c> or
/// <c>@</c>, also after a tab or carriage return) is prefixed with <c>'</c>. Entity keys and explanations come from
/// fact and rule files that anyone may write, so they are untrusted text.
/// </summary>
public static class CsvText
{
    /// <summary>Appends one row; each cell neutralised and quoted as needed; ends with CRLF as RFC 4180 says.</summary>
    public static void AppendRow(StringBuilder line, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendCell(line, cells[i]);
        }

        line.Append("\r\n");
    }

    /// <summary>Appends one cell; null is an empty cell.</summary>
    public static void AppendCell(StringBuilder line, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return;
        }

        var text = StartsLikeFormula(cell) ? "'" + cell : cell;
        if (text.IndexOfAny(['"', ',', '\r', '\n']) < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static bool StartsLikeFormula(string cell) => cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
