using System.Text;
using Tao.Rules.Diagnostics;
using Tao.Rules.Facts.Reading;
using Tao.Rules.Schema;
using Tao.Rules.Text;

namespace Tao.Rules.Facts;

/// <summary>
/// Loads fact files of one entity kind and validates them against its schema. Problems are TAO6xxx diagnostics with file,
/// line and column; a bad fact is reported and left missing, a bad entity is reported and skipped, and loading goes on —
/// nothing here throws on bad input. YAML and JSON are whole documents (at most <see cref="SourceFileReader.MaxFileBytes"/>);
/// CSV and JSONL are streamed, so <see cref="ReadBatches(string, EntitySchema, DiagnosticBag, FactReadOptions?)"/> reads
/// files of any size in bounded memory.
/// </summary>
public static class FactFileReader
{
    // Invalid bytes decode to U+FFFD, which the line and row readers report for the line or row that holds them (and
    // skip it), rather than losing the whole buffer of lines that the decoder was working on.
    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The entity kind a YAML fact file states (<c>kind: asset</c>), read without reading its entities; null for a file
    /// that states none, is not YAML, or cannot be read — a full read reports why.
    /// </summary>
    public static string? StatedKind(string path)
    {
        if (FormatOf(path) != FactFileFormat.Yaml)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), ReplacingUtf8, detectEncodingFromByteOrderMarks: true);
            return YamlStatedKind.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The format of a file by its extension (ordinal, case-insensitive), or null when it is not a fact file.</summary>
    public static FactFileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => FactFileFormat.Yaml,
        ".json" => FactFileFormat.Json,
        ".csv" => FactFileFormat.Csv,
        ".jsonl" or ".ndjson" => FactFileFormat.JsonLines,
        _ => null,
    };

    /// <summary>Reads a whole fact file into one table (an empty one when the file cannot be read).</summary>
    public static FactTable Read(string path, EntitySchema schema, DiagnosticBag diagnostics, FactReadOptions? options = null) =>
        Single(ReadBatches(path, schema, diagnostics, Whole(options)));

    /// <summary>Reads fact text whose format is given by <see cref="SourceText.Path"/>'s extension.</summary>
    public static FactTable Read(SourceText text, EntitySchema schema, DiagnosticBag diagnostics, FactReadOptions? options = null)
    {
        options = Whole(options);
        var sink = new FactDiagnostics(diagnostics, text.Path, options.MaxDiagnostics);
        var builder = new FactTableBuilder(schema, sink);
        return FormatOf(text.Path) switch
        {
            FactFileFormat.Yaml => FactDocumentReader.Read(YamlFactDocument.Parse(text, sink), builder, sink),
            FactFileFormat.Json => FactDocumentReader.Read(JsonFactDocument.Parse(text, sink), builder, sink),
            FactFileFormat.Csv => Single(CsvFactReader.Read(new StringReader(text.Content), builder, sink, options)),
            FactFileFormat.JsonLines => Single(JsonLinesFactReader.Read(new StringReader(text.Content), builder, sink, options)),
            _ => UnknownFormat(text.Path, builder, sink),
        };
    }

    /// <summary>
    /// Reads a fact file as batches of at most <see cref="FactReadOptions.BatchSize"/> entities. CSV and JSONL are read
    /// lazily, one batch at a time as the caller enumerates; YAML and JSON give one batch. Diagnostics are added as the
    /// batches are read. Entity keys are checked for duplicates across all batches. Each enumeration of a CSV or
    /// JSONL result reads the file again and reports its diagnostics again: a second pass (for population aggregates,
    /// say) should pass a bag it discards.
    /// </summary>
    public static IEnumerable<FactBatch> ReadBatches(string path, EntitySchema schema, DiagnosticBag diagnostics, FactReadOptions? options = null)
    {
        options = Checked(options);
        var format = FormatOf(path);
        if (format is FactFileFormat.Yaml or FactFileFormat.Json)
        {
            var sink = new FactDiagnostics(diagnostics, path, options.MaxDiagnostics);
            var text = ReadText(path, diagnostics, sink);
            var table = text is null ? new FactTableBuilder(schema, sink).Build(null, null) : Read(text, schema, diagnostics, options);
            return [new FactBatch(table, 0)];
        }

        return ReadStream(path, format, schema, diagnostics, options);
    }

    /// <summary>Reads CSV or JSONL from <paramref name="reader"/> as batches; <paramref name="path"/> names it in diagnostics.</summary>
    public static IEnumerable<FactBatch> ReadBatches(TextReader reader, string path, FactFileFormat format, EntitySchema schema, DiagnosticBag diagnostics, FactReadOptions? options = null)
    {
        options = Checked(options);
        var sink = new FactDiagnostics(diagnostics, path, options.MaxDiagnostics);
        var builder = new FactTableBuilder(schema, sink, Math.Min(options.BatchSize, 4096));
        return format switch
        {
            FactFileFormat.Csv => CsvFactReader.Read(reader, builder, sink, options),
            FactFileFormat.JsonLines => JsonLinesFactReader.Read(reader, builder, sink, options),
            _ => [new FactBatch(Read(SourceText.From(reader.ReadToEnd(), path), schema, diagnostics, options), 0)],
        };
    }

    private static IEnumerable<FactBatch> ReadStream(string path, FactFileFormat? format, EntitySchema schema, DiagnosticBag diagnostics, FactReadOptions options)
    {
        var sink = new FactDiagnostics(diagnostics, path, options.MaxDiagnostics);
        if (format is null)
        {
            yield return new FactBatch(UnknownFormat(path, new FactTableBuilder(schema, sink), sink), 0);
            yield break;
        }

        var reader = Open(path, sink);
        if (reader is null)
        {
            yield return new FactBatch(new FactTableBuilder(schema, sink).Build(null, null), 0);
            yield break;
        }

        using (reader)
        {
            foreach (var batch in ReadBatches(reader, path, format.Value, schema, diagnostics, options))
            {
                yield return batch;
            }
        }
    }

    private static StreamReader? Open(string path, FactDiagnostics sink)
    {
        try
        {
            return new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), ReplacingUtf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            sink.Report(DiagnosticCatalog.UnreadableFacts, new FactPosition(0, 0, 1, 1), e.Message);
            return null;
        }
    }

    private static SourceText? ReadText(string path, DiagnosticBag diagnostics, FactDiagnostics sink)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > SourceFileReader.MaxFileBytes)
            {
                diagnostics.Add(DiagnosticCatalog.FileTooLarge, Location.ForFile(path), info.Length, SourceFileReader.MaxFileBytes);
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            sink.Report(DiagnosticCatalog.UnreadableFacts, new FactPosition(0, 0, 1, 1), e.Message);
            return null;
        }

        return SourceFileReader.Decode(bytes, path, diagnostics);
    }

    private static FactTable UnknownFormat(string path, FactTableBuilder builder, FactDiagnostics sink)
    {
        sink.Report(
            DiagnosticCatalog.UnreadableFacts,
            new FactPosition(0, 0, 1, 1),
            $"'{Path.GetFileName(path)}' is not a fact file; expected the extension .yaml, .yml, .json, .csv, .jsonl or .ndjson");
        return builder.Build(null, null);
    }

    private static FactReadOptions Whole(FactReadOptions? options) => Checked(options) with { BatchSize = int.MaxValue };

    private static FactReadOptions Checked(FactReadOptions? options)
    {
        options ??= FactReadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxLineLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxDiagnostics, nameof(options));
        return options;
    }

    private static FactTable Single(IEnumerable<FactBatch> batches) => batches.Single().Table;
}
