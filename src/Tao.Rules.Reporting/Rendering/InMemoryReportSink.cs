using System.Collections.Concurrent;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>A sink that keeps every file as text, for tests and for callers that want the pages without a folder.</summary>
public sealed class InMemoryReportSink : IReportFileSink
{
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);

    public void Write(string relativePath, Action<TextWriter> write)
    {
        using var text = new StringWriter { NewLine = "\n" };
        write(text);
        if (!_files.TryAdd(relativePath, text.ToString()))
        {
            throw new InvalidOperationException($"'{relativePath}' was written twice.");
        }
    }

    /// <summary>The files written, in <paramref name="order"/> (paths never written are skipped).</summary>
    public IReadOnlyList<ReportFile> Files(IEnumerable<string> order) =>
        order.Where(_files.ContainsKey).Select(path => new ReportFile(path, _files[path])).ToArray();
}
