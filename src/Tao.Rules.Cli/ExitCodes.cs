namespace Tao.Rules.Cli;

/// <summary>The exit codes of DESIGN.md §7; scripts and CI depend on them.</summary>
public static class ExitCodes
{
    /// <summary>Everything is fine.</summary>
    public const int Success = 0;

    /// <summary>Findings: error diagnostics, failed tests, files that need formatting, verdicts named by --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or unreadable input: nothing could be judged.</summary>
    public const int BadInput = 2;
}
