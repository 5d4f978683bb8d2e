using System.Globalization;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Tests.Yaml;

/// <summary>Diagnostics as short comparable lines: <c>(line,col) TAO2002 message</c>, in the one stable order.</summary>
internal static class DiagnosticLines
{
    public static string[] Of(IEnumerable<Diagnostic> diagnostics) =>
        DiagnosticOrder.Sort(diagnostics).Select(Line).ToArray();

    public static string Line(Diagnostic d) =>
        string.Format(CultureInfo.InvariantCulture, "({0},{1}) {2} {3}", d.Location.StartPosition.Line, d.Location.StartPosition.Column, d.Id, d.Message);

    /// <summary>Just position and id, for tests about where rather than what.</summary>
    public static string[] Positions(IEnumerable<Diagnostic> diagnostics) =>
        DiagnosticOrder.Sort(diagnostics)
            .Select(d => string.Format(CultureInfo.InvariantCulture, "({0},{1}) {2}", d.Location.StartPosition.Line, d.Location.StartPosition.Column, d.Id))
            .ToArray();
}
