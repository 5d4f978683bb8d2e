using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>What every reader of a YAML file's structure shares: the file, the diagnostics, and whether it was complete.</summary>
internal sealed class YamlReadContext(SourceText text, DiagnosticBag diagnostics, bool isComplete)
{
    public SourceText Text { get; } = text;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>False after invalid YAML: a key that seems missing may sit after the error, so it is not reported.</summary>
    public bool ReportsMissingKeys { get; } = isComplete;

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] args) =>
        Diagnostics.Add(descriptor, node.Span, args);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostics.Add(descriptor, span, args);
}
