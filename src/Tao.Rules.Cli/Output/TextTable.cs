using System.Text;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// A plain text table: a header, a rule of dashes, and rows, each column padded to its widest cell. Plain on purpose
/// (no colours, no box drawing, no terminal width), so the output is the same bytes everywhere.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int RowCount => _rows.Count;

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells.Select(Clean).ToArray());
    }

    /// <summary>A cell on one line: a line break inside a cell would break the layout (explanations hold several lines).</summary>
    public static string Clean(string cell) => cell.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(writer, headers, widths);
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    /// <summary>One row, each cell but the last padded to its column's width, without trailing spaces.</summary>
    public static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            // The last column is not padded: no trailing spaces.
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
