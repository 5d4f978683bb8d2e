namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>explain</c>, parsed.</summary>
public sealed record ExplainArguments(
    IReadOnlyList<string> Rules,
    string Facts,
    string Entity,
    string? Rule,
    string? AsOf,
    IReadOnlyList<string> Params,
    string? Waivers,
    IReadOnlyList<string>? Functions = null);
