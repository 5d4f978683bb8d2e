namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>eval</c>, parsed. <paramref name="Record"/> is the history to append the run to, or null; <paramref name="Functions"/> the <c>--functions</c> assemblies.</summary>
public sealed record EvalArguments(
    IReadOnlyList<string> Rules,
    string Facts,
    string? AsOf,
    IReadOnlyList<string> Params,
    string? Waivers,
    string Format,
    string? FailOn,
    string? Record = null,
    IReadOnlyList<string>? Functions = null);
