namespace Tao.Rules.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems with the invocation to <see cref="Error"/>.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when <see cref="Error"/> is the process's stderr and that is a terminal: only then is progress shown.</summary>
    public bool ErrorIsTerminal { get; } = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
}
