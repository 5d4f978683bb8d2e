using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tao.Rules.History;

namespace Tao.Rules.Cli.Output.History;

/// <summary>
/// <c>history --format json</c>: <c>{ "entity", "runs", "changes": [ { "run", "as_of", "pack", "version",
/// "source_sha256", "kind" (outcome or verdict), "rule" (null for a verdict), "value", "severity", "previous",
/// "previous_run", "overrides": { name: value } } ] }</c>, in the order of the table.
/// </summary>
public static class HistoryJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, HistoryTimeline timeline)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("entity", timeline.Entity);
            json.WriteNumber("runs", timeline.RunCount);
            json.WriteStartArray("changes");
            foreach (var change in timeline.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("run", change.Run);
                json.WriteString("as_of", change.AsOf);
                json.WriteString("pack", change.Pack);
                json.WriteString("version", change.PackVersion);
                json.WriteString("source_sha256", change.SourceSha256);
                json.WriteString("kind", change.Rule is null ? "verdict" : "outcome");
                json.WriteString("rule", change.Rule);
                json.WriteString("value", change.Value);
                json.WriteString("severity", change.Severity);
                json.WriteString("previous", change.Previous);
                if (change.PreviousRun is { } previousRun)
                {
                    json.WriteNumber("previous_run", previousRun);
                }
                else
                {
                    json.WriteNull("previous_run");
                }

                json.WriteStartObject("overrides");
                foreach (var param in change.Overrides)
                {
                    json.WriteString(param.Name, param.Value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
