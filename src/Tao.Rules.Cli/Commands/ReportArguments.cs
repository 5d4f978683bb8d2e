namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>report</c>, parsed; empty lists and nulls mean "the shipped default".</summary>
public sealed record ReportArguments(
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Facts,
    string? AsOf,
    IReadOnlyList<string> Params,
    string? Waivers,
    string? Templates,
    string Out)
{
    /// <summary><c>--scenario FILE</c>: a what-if whose param values the report sets beside the run's (see <see cref="Input.ScenarioFile"/>).</summary>
    public string? Scenario { get; init; }

    /// <summary><c>--functions PATH.dll</c>: assemblies whose <c>[RuleFunction]</c>s the rules may call.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];
}
