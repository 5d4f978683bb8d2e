using System.Text;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Streams a JSONL fact file: one entity object per line, read line by line into batches, so memory holds one batch and
/// the keys seen (for duplicate detection), never the file. An optional first line <c>{"kind": ..., "as_of": ...,
/// "source": ...}</c> — an object with <c>kind</c> and no keys but those three — is the file header. Blank lines are skipped.
/// </summary>
internal static class JsonLinesFactReader
{
    public static IEnumerable<FactBatch> Read(TextReader reader, FactTableBuilder builder, FactDiagnostics diagnostics, FactReadOptions options)
    {
        var lines = new BoundedLineReader(reader, options.MaxLineLength);
        var header = new FactFileHeader();
        var bytes = new byte[4096];
        var firstEntity = 0L;
        var lookingForHeader = true;
        var yielded = false;
        while (StreamedInput.TryAdvance(lines.ReadLine, diagnostics, () => new FactPosition(lines.LineOffset, 0, lines.LineNumber + 1, 1)))
        {
            if (lines.TooLong)
            {
                diagnostics.Report(DiagnosticCatalog.FactLineTooLong, new FactPosition(lines.LineOffset, 0, lines.LineNumber, 1), "line", options.MaxLineLength);
                lookingForHeader = false;
                continue;
            }

            var line = lines.Line;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var replaced = line.IndexOf('\uFFFD');
            if (replaced >= 0)
            {
                diagnostics.Report(DiagnosticCatalog.UnreadableFacts, new FactPosition(lines.LineOffset + replaced, 1, lines.LineNumber, replaced + 1), "this line is not valid UTF-8 text; it is skipped");
                lookingForHeader = false;
                continue;
            }

            var byteCount = Encoding.UTF8.GetByteCount(line);
            if (byteCount > bytes.Length)
            {
                bytes = new byte[Math.Max(byteCount, bytes.Length * 2)];
            }

            Encoding.UTF8.GetBytes(line, bytes);
            var node = JsonFactDocument.ParseLine(bytes, byteCount, lines.LineOffset, lines.LineNumber, diagnostics);
            if (node is null)
            {
                lookingForHeader = false;
                continue;
            }

            if (lookingForHeader)
            {
                lookingForHeader = false;
                if (IsHeader(node))
                {
                    foreach (var entry in ((MappingNode)node).Entries)
                    {
                        header.TryRead(entry.Key, entry.Value, builder.Schema, diagnostics, builder.Converter);
                    }

                    if (!header.KindMatches)
                    {
                        break;
                    }

                    continue;
                }
            }

            builder.AddEntity(node);
            if (builder.RowCount >= options.BatchSize)
            {
                var table = builder.Build(header.AsOf, header.Source);
                yielded = true;
                yield return new FactBatch(table, firstEntity);
                firstEntity += table.RowCount;
            }
        }

        if (builder.RowCount > 0 || !yielded)
        {
            yield return new FactBatch(builder.Build(header.AsOf, header.Source), firstEntity);
        }
    }

    private static bool IsHeader(FactNode node) =>
        node is MappingNode mapping
        && mapping.Entries.Exists(e => e.Key.Text == "kind")
        && mapping.Entries.TrueForAll(e => Array.IndexOf(FactFileHeader.Keys, e.Key.Text) >= 0);
}
