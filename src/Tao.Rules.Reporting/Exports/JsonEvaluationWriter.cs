using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// <c>eval --format json</c>, the stable shape of DESIGN.md §7:
/// <c>{ "as_of", "results": [ { entity, pack, rule, outcome, severity, missing, explanation } ], "verdicts": [ { entity,
/// pack, verdict } ], "derived": [ { entity, pack, name, value, unit } ] }</c>. One array element per line, so the file
/// is streamed as it is computed and stays readable with line tools; verdicts and derived values wait in a
/// <see cref="SpillBuffer"/> until the results are written.
/// </summary>
public sealed class JsonEvaluationWriter : IEvaluationWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _output;
    private readonly SpillBuffer _verdicts = new();
    private readonly SpillBuffer _derived = new();
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[1024];
    private bool _anyResult;

    public JsonEvaluationWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public void Begin(DateTime asOf)
    {
        _output.Write("{\n  \"as_of\": \"");
        _output.Write(FactDates.Format(asOf));
        _output.Write("\",\n  \"results\": [");
    }

    public void WriteBatch(IReadOnlyList<EvaluationResult> packs)
    {
        var rows = packs.Count == 0 ? 0 : packs[0].EntityCount;
        for (var row = 0; row < rows; row++)
        {
            foreach (var pack in packs)
            {
                for (var rule = 0; rule < pack.Rules.Count; rule++)
                {
                    WriteResult(pack.GetResult(row, rule));
                }

                _verdicts.AppendLine(Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("entity", pack.Facts.GetKey(row));
                    json.WriteString("pack", pack.PackName);
                    json.WriteString("verdict", OutputNames.Of(pack.GetVerdict(row)));
                    json.WriteEndObject();
                }));
                foreach (var derived in DerivedValues.Of(pack, row))
                {
                    _derived.AppendLine(Json(json =>
                    {
                        json.WriteStartObject();
                        json.WriteString("entity", derived.Entity);
                        json.WriteString("pack", derived.Pack);
                        json.WriteString("name", derived.Name);
                        json.WritePropertyName("value");
                        WriteValue(json, derived.Value);
                        if (derived.Unit is null)
                        {
                            json.WriteNull("unit");
                        }
                        else
                        {
                            json.WriteString("unit", derived.Unit);
                        }

                        json.WriteEndObject();
                    }));
                }
            }
        }
    }

    public void End()
    {
        _output.Write(_anyResult ? "\n  ],\n" : "],\n");
        WriteArray("verdicts", _verdicts);
        _output.Write(",\n");
        WriteArray("derived", _derived);
        _output.Write("\n}\n");
    }

    public void Dispose()
    {
        _verdicts.Dispose();
        _derived.Dispose();
        _json.Dispose();
        _buffer.Dispose();
    }

    private void WriteResult(RuleResult result)
    {
        Encode(json =>
        {
            json.WriteStartObject();
            json.WriteString("entity", result.Entity);
            json.WriteString("pack", result.Pack);
            json.WriteString("rule", result.RuleId);
            json.WriteString("outcome", OutputNames.Of(result.Outcome));
            json.WriteString("severity", OutputNames.Of(result.Severity));
            json.WriteStartArray("missing");
            foreach (var fact in result.Missing)
            {
                json.WriteStringValue(fact);
            }

            json.WriteEndArray();
            if (result.Explanation is null)
            {
                json.WriteNull("explanation");
            }
            else
            {
                json.WriteString("explanation", result.Explanation.ToString());
            }

            json.WriteEndObject();
        });
        _output.Write(_anyResult ? ",\n    " : "\n    ");
        WriteBuffered();
        _anyResult = true;
    }

    private void WriteArray(string name, SpillBuffer items)
    {
        _output.Write("  \"");
        _output.Write(name);
        _output.Write("\": [");
        if (items.IsEmpty)
        {
            _output.Write(']');
            return;
        }

        // Items were buffered one per line; the commas between them are added here, where the last one is known.
        var writer = new ElementJoiner(_output);
        items.CopyTo(writer);
        writer.Finish();
        _output.Write("\n  ]");
    }

    private string Json(Action<Utf8JsonWriter> write)
    {
        Encode(write);
        return Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
    }

    /// <summary>Writes one element into the buffer, with one JSON writer reset for each rather than a new one.</summary>
    private void Encode(Action<Utf8JsonWriter> write)
    {
        _buffer.SetLength(0);
        _json.Reset(_buffer);
        write(_json);
        _json.Flush();
    }

    /// <summary>Writes the buffered element to the output as characters, without making a string of it.</summary>
    private void WriteBuffered()
    {
        var bytes = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        var chars = Encoding.UTF8.GetMaxCharCount(bytes.Length) <= _chars.Length ? _chars : _chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        _output.Write(chars, 0, Encoding.UTF8.GetChars(bytes, chars));
    }

    /// <summary>A JSON-ready value: null, a finite number, a bool, a string, or a list of those.</summary>
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case double:
                json.WriteNullValue();
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Turns buffered lines (one element each) into array elements: indented, separated by commas.</summary>
    private sealed class ElementJoiner(TextWriter output) : TextWriter
    {
        private readonly StringBuilder _line = new();
        private bool _first = true;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value != '\n')
            {
                _line.Append(value);
                return;
            }

            output.Write(_first ? "\n    " : ",\n    ");
            output.Write(_line.ToString());
            _line.Clear();
            _first = false;
        }

        public override void Write(char[] buffer, int index, int count)
        {
            for (var i = index; i < index + count; i++)
            {
                Write(buffer[i]);
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }

        public void Finish()
        {
            if (_line.Length > 0)
            {
                Write('\n');
            }
        }
    }
}
