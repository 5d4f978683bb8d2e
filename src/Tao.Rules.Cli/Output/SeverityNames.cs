using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Output;

internal static class SeverityNames
{
    /// <summary>The lower-case name used in JSON output; SARIF calls the same levels error, warning and note.</summary>
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
