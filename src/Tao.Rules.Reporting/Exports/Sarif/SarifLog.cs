using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tao.Rules.Reporting.Exports.Sarif;

/// <summary>
/// The frame of a SARIF 2.1.0 log with one run, shared by every SARIF tao-rules writes (diagnostics of <c>check</c>,
/// results of <c>eval</c>): <see cref="BeginRun"/> opens the log up to the driver's rules, <see cref="BeginResults"/>
/// closes the tool and opens the results, <see cref="EndRun"/> closes the log.
/// </summary>
public static class SarifLog
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Indented, and only the escaping JSON needs (a rule's quote marks stay readable).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tool's version without the source revision (<c>0.1.0</c>).</summary>
    public static string ToolVersion { get; } =
        typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Writes <c>{ "$schema", "version", "runs": [ { "tool": { "driver": { name, semanticVersion, "rules": [</c>.</summary>
    public static void BeginRun(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "tao-rules");
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteStartArray("rules");
    }

    /// <summary>Closes the rules, the driver and the tool; writes the column kind; opens <c>"results": [</c>.</summary>
    public static void BeginResults(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
    }

    /// <summary>Closes the results (the caller may then add run properties) — see <see cref="EndRun"/>.</summary>
    public static void EndResults(Utf8JsonWriter json) => json.WriteEndArray();

    /// <summary>Closes the run, the runs array and the log.</summary>
    public static void EndRun(Utf8JsonWriter json)
    {
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"key": { "text": text }</c>, SARIF's message and description shape.</summary>
    public static void WriteText(Utf8JsonWriter json, string key, string text)
    {
        json.WriteStartObject(key);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"key": [ "a", "b" ]</c>.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string key, IEnumerable<string> values)
    {
        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a physical location: the file's URI (see <see cref="ArtifactUri"/>) and the 1-based region of <paramref name="location"/>.</summary>
    public static void WritePhysicalLocation(Utf8JsonWriter json, string uri, Text.Location location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.StartPosition.Line);
        json.WriteNumber("startColumn", location.StartPosition.Column);
        json.WriteNumber("endLine", location.EndPosition.Line);
        json.WriteNumber("endColumn", Math.Max(location.EndPosition.Column, location.EndPosition.Line == location.StartPosition.Line ? location.StartPosition.Column : 1));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference with forward slashes, each segment percent-encoded.</summary>
    public static string ArtifactUri(string path)
    {
        var trimmed = path.Replace('\\', '/');
        while (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(2);
        }

        return string.Join("/", trimmed.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>SARIF's rule name is an identifier-like word: "Unknown field" becomes "UnknownField".</summary>
    public static string RuleName(string title) =>
        string.Concat(title.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
}
