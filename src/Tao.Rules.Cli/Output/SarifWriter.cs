using System.Reflection;
using System.Text.Json;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run, the whole catalog as the tool's rules (so rule indexes are stable
/// from run to run), one result per diagnostic with a repository-relative artifact URI and a 1-based region.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        var catalog = DiagnosticCatalog.All;
        var indexById = catalog.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "tao-rules");
            json.WriteString("semanticVersion", ToolVersion());
            json.WriteStartArray("rules");
            foreach (var descriptor in catalog)
            {
                WriteRule(json, descriptor);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, indexById[diagnostic.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("name", RuleName(descriptor.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", descriptor.Title);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"See {descriptor.HelpPath} in the Tao.Rules repository.");
        json.WriteEndObject();
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
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SeverityNames.SarifLevel(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (location.Path.Length > 0)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(location.Path));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.StartPosition.Line);
            json.WriteNumber("startColumn", location.StartPosition.Column);
            json.WriteNumber("endLine", location.EndPosition.Line);
            json.WriteNumber("endColumn", Math.Max(location.EndPosition.Column, location.EndPosition.Line == location.StartPosition.Line ? location.StartPosition.Column : 1));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A relative URI reference with forward slashes, each segment percent-encoded.</summary>
    private static string ArtifactUri(string path)
    {
        var trimmed = path.Replace('\\', '/');
        while (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(2);
        }

        return string.Join("/", trimmed.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>SARIF's rule name is an identifier-like word: "Unknown field" becomes "UnknownField".</summary>
    private static string RuleName(string title) =>
        string.Concat(title.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));

    private static string ToolVersion() =>
        typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
