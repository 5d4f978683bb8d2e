using Tao.Rules.Diagnostics;
using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// Writes the files of a report run, all rendered beforehand: each through <see cref="AtomicFile"/> (temporary file,
/// then rename), so a reader never sees a half-written page and a run that failed before this point left the previous
/// report as it was. Files of earlier runs that this run does not write are left alone.
/// </summary>
public static class ReportOutput
{
    /// <summary>Writes <paramref name="files"/> under <paramref name="folder"/>; null when all were written, else the TAO8006 diagnostic.</summary>
    public static Diagnostic? Commit(string folder, IReadOnlyList<ReportFile> files)
    {
        if (File.Exists(folder))
        {
            return Diagnostic.Create(DiagnosticCatalog.ReportNotWritten, Location.ForFile(folder), folder, "it is a file, not a folder");
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                AtomicFile.WriteAllText(Path.Combine(folder, file.RelativePath), file.Content);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Diagnostic.Create(DiagnosticCatalog.ReportNotWritten, Location.ForFile(folder), folder, exception.Message);
        }

        return null;
    }
}
