using System.Text.Json;
using Tao.Rules.Diagnostics;
using Tao.Rules.Reporting.Exports.Sarif;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run, the whole catalog as the tool's rules (so rule indexes are stable
/// from run to run), one result per diagnostic with a repository-relative artifact URI and a 1-based region.
/// </summary>
public static class SarifWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        var catalog = DiagnosticCatalog.All;
        var indexById = catalog.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, SarifLog.WriterOptions))
        {
            SarifLog.BeginRun(json);
            foreach (var descriptor in catalog)
            {
                WriteRule(json, descriptor);
            }

            SarifLog.BeginResults(json);
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, indexById[diagnostic.Id]);
            }

            SarifLog.EndResults(json);
            SarifLog.EndRun(json);
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("name", SarifLog.RuleName(descriptor.Title));
        SarifLog.WriteText(json, "shortDescription", descriptor.Title);
        SarifLog.WriteText(json, "help", $"See {descriptor.HelpPath} in the Tao.Rules repository.");
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SeverityNames.SarifLevel(descriptor.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", descriptor.Category.ToString().ToLowerInvariant());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SeverityNames.SarifLevel(diagnostic.Severity));
        SarifLog.WriteText(json, "message", diagnostic.Message);
        if (diagnostic.Location.Path.Length > 0)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            SarifLog.WritePhysicalLocation(json, SarifLog.ArtifactUri(diagnostic.Location.Path), diagnostic.Location);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
