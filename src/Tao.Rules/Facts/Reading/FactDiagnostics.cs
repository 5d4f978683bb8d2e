using Tao.Rules.Diagnostics;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Reports the problems of one fact file into a <see cref="DiagnosticBag"/>, up to a limit, so that a million bad lines
/// give a thousand diagnostics and one TAO6012 rather than exhaust memory.
/// </summary>
internal sealed class FactDiagnostics(DiagnosticBag bag, string path, int limit)
{
    private int _reported;

    public string Path { get; } = path;

    /// <summary>How many errors were found, reported or not.</summary>
    public int ErrorCount { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, FactPosition position, params object?[] args)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        if (_reported < limit)
        {
            _reported++;
            bag.Add(descriptor, position.ToLocation(Path), args);
        }
        else if (_reported == limit)
        {
            _reported++;
            bag.Add(DiagnosticCatalog.TooManyFactProblems, position.ToLocation(Path), limit);
        }
    }
}
