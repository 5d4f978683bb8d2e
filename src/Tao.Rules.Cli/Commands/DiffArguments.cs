namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>diff</c>, parsed. Empty lists and nulls are options not given.</summary>
public sealed record DiffArguments(
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Before,
    IReadOnlyList<string> After,
    string? Facts,
    string? FactsBefore,
    string? FactsAfter,
    string? AsOf,
    IReadOnlyList<string> Params,
    IReadOnlyList<string> ParamsBefore,
    IReadOnlyList<string> ParamsAfter,
    string? Waivers,
    string? WaiversBefore,
    string? WaiversAfter,
    string Format,
    bool FailOnChange,
    string Repository);
