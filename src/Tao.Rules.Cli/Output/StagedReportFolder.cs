using Tao.Rules.Diagnostics;
using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// The output folder of a report run, written all or nothing: each file is written, as it is rendered, to a temporary
/// file beside its target, and <see cref="Commit"/> renames them into place only once every file of the run is written.
/// A run that fails first (a template error, a full disk) is disposed uncommitted: its temporary files are deleted, the
/// previous report stays as it was, and a folder the run created is removed again. Files of earlier runs that this run
/// does not write are left alone.
/// </summary>
public sealed class StagedReportFolder : IReportFileSink, IDisposable
{
    private readonly string _folder;
    private readonly string? _firstCreated;
    private readonly object _gate = new();
    private readonly List<(string Temporary, string Target)> _staged = [];
    private Diagnostic? _failure;
    private bool _committed;

    private StagedReportFolder(string folder, string? firstCreated)
    {
        _folder = folder;
        _firstCreated = firstCreated;
    }

    /// <summary>Opens (creating it if need be) the folder at <paramref name="folder"/>; null and the TAO8006 diagnostic when it cannot be.</summary>
    public static StagedReportFolder? Open(string folder, out Diagnostic? failure)
    {
        failure = null;
        if (File.Exists(folder))
        {
            failure = NotWritten(folder, "it is a file, not a folder");
            return null;
        }

        try
        {
            // The outermost folder this run creates (out/, or reports/ of reports/2026/out/), to remove again on failure.
            string? firstCreated = null;
            for (var directory = Path.GetFullPath(folder); directory is not null && !Directory.Exists(directory); directory = Path.GetDirectoryName(directory))
            {
                firstCreated = directory;
            }

            Directory.CreateDirectory(folder);
            return new StagedReportFolder(folder, firstCreated);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failure = NotWritten(folder, exception.Message);
            return null;
        }
    }

    /// <summary>
    /// Writes one file to its temporary name. A write that fails is remembered (the first such failure is what
    /// <see cref="Commit"/> reports) rather than thrown, so the other files being written at the same time finish cleanly.
    /// </summary>
    public void Write(string relativePath, Action<TextWriter> write)
    {
        var target = Path.Combine(_folder, relativePath);
        var temporary = AtomicFile.TemporaryPathFor(target);
        lock (_gate)
        {
            if (_failure is not null)
            {
                return;
            }

            _staged.Add((temporary, target));
        }

        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.SequentialScan);
            using var writer = new StreamWriter(stream, AtomicFile.Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" };
            write(writer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            lock (_gate)
            {
                _failure ??= NotWritten(_folder, exception.Message);
            }
        }
    }

    /// <summary>Renames every written file into place; null when all were, else the TAO8006 diagnostic.</summary>
    public Diagnostic? Commit()
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return _failure;
            }

            try
            {
                foreach (var (temporary, target) in _staged.OrderBy(s => s.Target, StringComparer.Ordinal))
                {
                    File.Move(temporary, target, overwrite: true);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return _failure = NotWritten(_folder, exception.Message);
            }

            _committed = true;
            return null;
        }
    }

    /// <summary>Deletes what an uncommitted run left: its temporary files, and the folders it created, when they are empty.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (temporary, _) in _staged)
            {
                TryDelete(() => File.Delete(temporary));
            }

            if (_committed || _firstCreated is null)
            {
                return;
            }

            for (var directory = Path.GetFullPath(_folder); directory is not null; directory = Path.GetDirectoryName(directory))
            {
                var current = directory;
                if (Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any())
                {
                    TryDelete(() => Directory.Delete(current));
                }

                if (string.Equals(current, _firstCreated, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
    }

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Cleaning up after a failed run: the failure already reported matters more than a stray temporary file.
        }
    }

    private static Diagnostic NotWritten(string folder, string reason) =>
        Diagnostic.Create(DiagnosticCatalog.ReportNotWritten, Location.ForFile(folder), folder, reason);
}
