using System.Globalization;
using Tao.Rules.Text;

namespace Tao.Rules.Diagnostics;

/// <summary>A problem found in a source, with where it is and what was expected.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, string message)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Message = message;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        new(descriptor, location, descriptor.DefaultSeverity, Format(descriptor, args));

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Create(descriptor, span.GetLocation(), args);

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Location, severity, Message);

    /// <summary>MSBuild's canonical form: <c>path(line,col): error TAO3001: message</c>.</summary>
    public override string ToString()
    {
        var position = Location.StartPosition;
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", Location.Path, position.Line, position.Column, severity, Id, Message);
    }

    private static string Format(DiagnosticDescriptor descriptor, object?[] args) =>
        args.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
}
