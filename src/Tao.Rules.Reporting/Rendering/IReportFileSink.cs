namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// Where the files of a report run go as they are produced: each is written once, through a writer the sink opens for
/// it, and several files may be written at once from different threads. A page of a large run is megabytes of text,
/// so it goes straight to its destination rather than through a string.
/// </summary>
public interface IReportFileSink
{
    /// <summary>Writes the file at <paramref name="relativePath"/> (relative to the run's output folder): <paramref name="write"/> gets its writer.</summary>
    void Write(string relativePath, Action<TextWriter> write);
}
