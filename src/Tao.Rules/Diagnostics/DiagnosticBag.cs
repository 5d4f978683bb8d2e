using System.Collections;
using Tao.Rules.Text;

namespace Tao.Rules.Diagnostics;

/// <summary>Collects diagnostics while a phase runs; a phase never stops at the first one.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _diagnostics = [];

    public int Count => _diagnostics.Count;

    public bool HasErrors => _diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, span, args));

    public void Add(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>The diagnostics in a stable order: file, position, id, message.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => DiagnosticOrder.Sort(_diagnostics);

    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
