using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Units;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Streams a CSV fact file. The header row names the fields; a header cell may state the column's unit in brackets,
/// <c>market_cap[EUR]</c> or <c>stake[rao]</c>, which must have the field's dimension and then applies to every cell of the
/// column. An empty cell (quoted or not) is a missing fact. A list cell separates its items with <c>;</c>. CSV carries no
/// file-level <c>as_of</c> or <c>source</c> and no per-fact evidence.
/// </summary>
internal static class CsvFactReader
{
    private sealed record Column(int FieldIndex, ScalarNode Name, Unit? Unit);

    public static IEnumerable<FactBatch> Read(TextReader reader, FactTableBuilder builder, FactDiagnostics diagnostics, FactReadOptions options)
    {
        var records = new CsvRecordReader(reader, options.MaxLineLength);
        var columns = new List<Column?>();
        if (StreamedInput.TryAdvance(records.ReadRecord, diagnostics, () => new FactPosition(0, 0, 1, 1)) && ReadHeader(records, builder, diagnostics, options, columns))
        {
            var firstEntity = 0L;
            while (StreamedInput.TryAdvance(records.ReadRecord, diagnostics, () => records.RecordPosition))
            {
                if (!IsUsable(records, diagnostics, options, "row"))
                {
                    continue;
                }

                if (records.Cells.Count != columns.Count)
                {
                    diagnostics.Report(DiagnosticCatalog.CsvCellCount, records.RecordPosition, records.Cells.Count, columns.Count);
                    continue;
                }

                builder.BeginRow(records.RecordPosition);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i] is { } column)
                    {
                        builder.SetFact(column.FieldIndex, column.Name, CellNode(records.Cells[i], builder.Schema.Fields[column.FieldIndex]), column.Unit);
                    }
                }

                builder.EndRow();
                if (builder.RowCount >= options.BatchSize)
                {
                    var table = builder.Build(null, null);
                    yield return new FactBatch(table, firstEntity);
                    firstEntity += table.RowCount;
                }
            }

            yield return new FactBatch(builder.Build(null, null), firstEntity);
            yield break;
        }

        yield return new FactBatch(builder.Build(null, null), 0);
    }

    private static bool ReadHeader(CsvRecordReader records, FactTableBuilder builder, FactDiagnostics diagnostics, FactReadOptions options, List<Column?> columns)
    {
        if (!IsUsable(records, diagnostics, options, "header row") || records.Cells.Count == 0)
        {
            return false;
        }

        var schema = builder.Schema;
        var seen = new HashSet<int>();
        foreach (var cell in records.Cells)
        {
            var (name, unitText, unitOffset) = SplitUnit(cell.Text);
            var nameNode = new ScalarNode(cell.Position with { Length = name.Length }, ScalarKind.String, name);
            var index = builder.IndexOf(name);
            if (index < 0)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownFactField, nameNode.Position, name, schema.Kind, Suggestions.DidYouMean(name, schema.Fields.Select(f => f.Name)));
                columns.Add(null);
                continue;
            }

            if (!seen.Add(index))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, nameNode.Position, $"the column '{name}' appears more than once in the header; the first is used");
                columns.Add(null);
                continue;
            }

            Unit? unit = null;
            if (unitText is not null)
            {
                var position = cell.Position with { Offset = cell.Position.Offset + unitOffset, Column = cell.Position.Column + unitOffset, Length = unitText.Length };
                if (!builder.Converter.TryUnit(new ScalarNode(position, ScalarKind.String, unitText), schema.Fields[index], out var parsed))
                {
                    columns.Add(null);
                    continue;
                }

                unit = parsed;
            }

            columns.Add(new Column(index, nameNode, unit));
        }

        if (!seen.Contains(builder.IndexOf(schema.Key)))
        {
            diagnostics.Report(DiagnosticCatalog.MissingRequiredFact, records.RecordPosition, "the CSV header", schema.Key);
            return false;
        }

        return true;
    }

    private static bool IsUsable(CsvRecordReader records, FactDiagnostics diagnostics, FactReadOptions options, string what)
    {
        if (records.TooLong)
        {
            diagnostics.Report(DiagnosticCatalog.FactLineTooLong, records.RecordPosition, what, options.MaxLineLength);
            return false;
        }

        if (records.Error is { } error)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFacts, records.ErrorPosition, "invalid CSV: " + error);
            return false;
        }

        return true;
    }

    /// <summary><c>market_cap[EUR]</c> → (<c>market_cap</c>, <c>EUR</c>, offset of <c>EUR</c>).</summary>
    private static (string Name, string? Unit, int UnitOffset) SplitUnit(string header)
    {
        var open = header.IndexOf('[');
        if (open > 0 && header.EndsWith(']'))
        {
            return (header.Substring(0, open).Trim(), header.Substring(open + 1, header.Length - open - 2).Trim(), open + 1);
        }

        return (header.Trim(), null, 0);
    }

    private static FactNode CellNode(CsvCell cell, FieldSchema field)
    {
        if (cell.Text.Length == 0)
        {
            return new ScalarNode(cell.Position, ScalarKind.Null, string.Empty);
        }

        if (field.Type != FieldType.List)
        {
            return new ScalarNode(cell.Position, ScalarKind.Untyped, cell.Text);
        }

        // A quoted cell's items cannot be pointed at exactly (quotes shift them); they point at the cell instead.
        var items = new List<FactNode>();
        var start = 0;
        foreach (var part in cell.Text.Split(';'))
        {
            var offset = cell.Quoted ? 0 : start;
            var position = cell.Position with { Offset = cell.Position.Offset + offset, Column = cell.Position.Column + offset, Length = part.Length };
            items.Add(new ScalarNode(position, ScalarKind.Untyped, part.Trim()));
            start += part.Length + 1;
        }

        return new SequenceNode(cell.Position, items);
    }
}
