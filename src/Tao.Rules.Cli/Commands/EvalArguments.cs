namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>eval</c>, parsed.</summary>
public sealed record EvalArguments(
    IReadOnlyList<string> Rules,
    string Facts,
    string? AsOf,
    IReadOnlyList<string> Params,
    string? Waivers,
    string Format,
    string? FailOn,
    IReadOnlyList<string>? Functions = null);
