using System.Globalization;

namespace Tao.Rules.Cli.Output;

/// <summary>
/// "evaluated 120,000 entities" on one stderr line, rewritten in place — only when stderr is a terminal, so logs, pipes
/// and tests never see it, and stdout (the results) is never touched.
/// </summary>
public sealed class ProgressReporter(CliConsole console, string verb)
{
    private const long Step = 50_000;
    private long _nextReport = Step;
    private bool _shown;

    public void Report(long done)
    {
        if (!console.ErrorIsTerminal || done < _nextReport)
        {
            return;
        }

        _nextReport = done + Step;
        _shown = true;
        console.Error.Write(string.Format(CultureInfo.InvariantCulture, "\r{0} {1:N0} entities", verb, done));
    }

    /// <summary>Ends the progress line, if one was shown.</summary>
    public void Done()
    {
        if (_shown)
        {
            console.Error.WriteLine();
            _shown = false;
        }
    }
}
