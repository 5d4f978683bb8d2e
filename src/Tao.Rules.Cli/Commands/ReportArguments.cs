namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>report</c>, parsed; empty lists and nulls mean "the shipped default".</summary>
public sealed record ReportArguments(
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Facts,
    string? AsOf,
    IReadOnlyList<string> Params,
    string? Waivers,
    string? Templates,
    string Out);
