using System.Text.Json;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// <c>check --format json</c>: <c>{ "diagnostics": [ { id, severity, message, path, line, column, endLine, endColumn,
/// help } ], "summary": { files, errors, warnings } }</c>. A public interface: keep it stable.
/// </summary>
public static class DiagnosticJsonWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                var location = diagnostic.Location;
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
                json.WriteString("message", diagnostic.Message);
                json.WriteString("path", location.Path);
                json.WriteNumber("line", location.StartPosition.Line);
                json.WriteNumber("column", location.StartPosition.Column);
                json.WriteNumber("endLine", location.EndPosition.Line);
                json.WriteNumber("endColumn", location.EndPosition.Column);
                json.WriteString("help", diagnostic.Descriptor.HelpPath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
