using Tao.Rules.Reporting.Model;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// The what-if of a <c>report</c> run, from <c>--scenario FILE</c> or from a <c>--param</c> given a second time for the
/// same param (<c>--param tao.subnets.block_emission=0.5 TAO/block --param tao.subnets.block_emission=0.25 TAO/block</c>:
/// the run uses the first value, the scenario the second). Its values are checked as <c>--param</c>'s are.
/// </summary>
public static class ReportScenario
{
    /// <summary>
    /// Splits <c>--param</c> texts into the run's (the first for each param) and the scenario's (any later one for the
    /// same param). A text that is not <c>package.name=VALUE</c> stays with the run's, whose check reports it.
    /// </summary>
    public static (IReadOnlyList<string> Run, IReadOnlyList<string> Scenario) SplitParams(IReadOnlyList<string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        var scenario = new List<string>();
        foreach (var text in texts)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var target = equals < 0 ? run : seen.Add(text[..equals].Trim()) ? run : scenario;
            target.Add(text);
        }

        return (run, scenario);
    }

    /// <summary>
    /// The scenario (null when there is none); false after printing why it cannot be used: an unreadable file, both a
    /// file and a repeated <c>--param</c>, a value that is not <c>package.name=VALUE</c> or names no package of the run.
    /// </summary>
    public static bool TryResolve(CliConsole console, LoadedPacks packs, string? file, IReadOnlyList<string> repeatedParams, out ScenarioDefinition? scenario)
    {
        scenario = null;
        if (file is null && repeatedParams.Count == 0)
        {
            return true;
        }

        if (file is not null && repeatedParams.Count > 0)
        {
            console.Error.WriteLine($"tao-rules: give a scenario either with --scenario or by repeating a --param ({repeatedParams[0]}), not both.");
            return false;
        }

        var text = file is null ? new ScenarioText(string.Join(", ", repeatedParams), repeatedParams) : ScenarioFile.Read(console, file);
        var options = text is null ? null : RunArguments.Parse(console, packs, null, text.Params, null);
        if (options is null)
        {
            return false;
        }

        scenario = new ScenarioDefinition(text!.Name, options.Params);
        return true;
    }
}
