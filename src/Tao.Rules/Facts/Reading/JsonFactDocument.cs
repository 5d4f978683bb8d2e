using System.Text;
using System.Text.Json;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Reads JSON (a whole fact file, or one JSONL line) into <see cref="FactNode"/>s with <see cref="Utf8JsonReader"/>:
/// strict JSON (no comments, no trailing commas), nesting bounded at 64 levels, positions mapped from UTF-8 bytes back
/// to the characters, lines and columns a user sees.
/// </summary>
internal static class JsonFactDocument
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = YamlFactDocument.MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>A whole JSON fact file.</summary>
    public static FactNode? Parse(SourceText text, FactDiagnostics diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Content);
        var map = new Utf8Positions(bytes, bytes.Length, (start, end) => FactPosition.In(text, start, end));
        return Parse(bytes, bytes.Length, map, diagnostics);
    }

    /// <summary>One line of a JSONL file: <paramref name="lineOffset"/> is the character offset of the line in the file.</summary>
    public static FactNode? ParseLine(byte[] bytes, int length, long lineOffset, int lineNumber, FactDiagnostics diagnostics)
    {
        var map = new Utf8Positions(bytes, length, (start, end) => new FactPosition(lineOffset + start, (int)(end - start), lineNumber, (int)start + 1));
        return Parse(bytes, length, map, diagnostics);
    }

    private static FactNode? Parse(byte[] bytes, int length, Utf8Positions map, FactDiagnostics diagnostics)
    {
        var reader = new Utf8JsonReader(bytes.AsSpan(0, length), isFinalBlock: true, state: new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                diagnostics.Report(DiagnosticCatalog.UnreadableFacts, map.At(0, 0), "invalid JSON: the text is empty");
                return null;
            }

            var root = ReadNode(ref reader, map);
            if (reader.Read())
            {
                var start = reader.TokenStartIndex;
                throw new JsonException("there is more text after the end of the JSON value", null, null, start);
            }

            return root;
        }
        catch (JsonException e)
        {
            var offset = e.BytePositionInLine is { } column && e.LineNumber is { } line ? ByteOffsetOf(bytes, length, line, column) : reader.TokenStartIndex;
            diagnostics.Report(DiagnosticCatalog.UnreadableFacts, map.At(offset, offset), "invalid JSON: " + Message(e));
            return null;
        }
    }

    private static FactNode ReadNode(ref Utf8JsonReader reader, Utf8Positions map)
    {
        var start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var entries = new List<KeyValuePair<ScalarNode, FactNode>>();
                var position = map.At(start, start + 1);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyStart = reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    var key = new ScalarNode(map.At(keyStart + 1, reader.BytesConsumed - 1), ScalarKind.String, name);
                    reader.Read();
                    entries.Add(new KeyValuePair<ScalarNode, FactNode>(key, ReadNode(ref reader, map)));
                }

                return new MappingNode(position, entries);
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<FactNode>();
                var position = map.At(start, start + 1);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadNode(ref reader, map));
                }

                return new SequenceNode(position, items);
            }

            case JsonTokenType.String:
                return new ScalarNode(map.At(start, reader.BytesConsumed), ScalarKind.String, reader.GetString()!);
            case JsonTokenType.Number:
                return new ScalarNode(map.At(start, reader.BytesConsumed), ScalarKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True or JsonTokenType.False:
                return new ScalarNode(map.At(start, reader.BytesConsumed), ScalarKind.Boolean, reader.TokenType == JsonTokenType.True ? "true" : "false");
            default:
                return new ScalarNode(map.At(start, reader.BytesConsumed), ScalarKind.Null, string.Empty);
        }
    }

    private static long ByteOffsetOf(byte[] bytes, int length, long line, long byteInLine)
    {
        var offset = 0L;
        for (var current = 0L; current < line && offset < length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                current++;
            }
        }

        return Math.Min(length, offset + byteInLine);
    }

    private static string Message(JsonException e)
    {
        // System.Text.Json appends "LineNumber: … | BytePositionInLine: …"; the diagnostic already carries the position.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message.Substring(0, cut) : message;
        return message.TrimEnd(' ', '.');
    }

    /// <summary>Maps UTF-8 byte offsets to character offsets, walking forward, since tokens are read in order.</summary>
    private sealed class Utf8Positions(byte[] bytes, int length, Func<long, long, FactPosition> toPosition)
    {
        private long _byte;
        private long _char;

        public FactPosition At(long byteStart, long byteEnd)
        {
            var start = CharOffset(byteStart);
            var end = CharOffset(Math.Max(byteStart, byteEnd));
            return toPosition(start, end);
        }

        // Pure ASCII, the usual case, has one character per byte and needs no decoding.
        private readonly bool _ascii = System.Text.Ascii.IsValid(bytes.AsSpan(0, length));

        private long CharOffset(long byteOffset)
        {
            byteOffset = Math.Max(0, Math.Min(byteOffset, length));
            if (_ascii)
            {
                return byteOffset;
            }

            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            _char += Encoding.UTF8.GetCharCount(bytes, (int)_byte, (int)(byteOffset - _byte));
            _byte = byteOffset;
            return _char;
        }
    }
}
