using Tao.Rules.Diagnostics;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>A template could not be read, parsed or rendered; <see cref="Diagnostic"/> says where (file, line, column) and why.</summary>
public sealed class ReportTemplateException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
