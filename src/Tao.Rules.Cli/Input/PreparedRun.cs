using Tao.Rules.Evaluation;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// What <c>eval</c> and <c>explain</c> need before they read a single fact: the compiled packs whose kind the facts
/// hold, and the run's options (as_of, params, waivers). Every step that fails has already told the user why.
/// </summary>
public sealed record PreparedRun(LoadedPacks Loaded, EvaluationOptions Options, IReadOnlyList<CompiledPack> Packs)
{
    public static PreparedRun? Prepare(
        CliConsole console,
        IReadOnlyList<string> rules,
        string facts,
        string? asOf,
        IReadOnlyList<string> @params,
        string? waivers,
        IReadOnlyList<string> functions,
        out int exitCode)
    {
        var loaded = RulePackLoader.Load(console, rules, functions, out exitCode);
        return loaded is null ? null : Prepare(console, loaded, facts, asOf, @params, waivers, out exitCode);
    }

    /// <summary>As <see cref="Prepare(CliConsole, IReadOnlyList{string}, string, string?, IReadOnlyList{string}, string?, IReadOnlyList{string}, out int)"/>, for packs already loaded.</summary>
    public static PreparedRun? Prepare(
        CliConsole console,
        LoadedPacks loaded,
        string facts,
        string? asOf,
        IReadOnlyList<string> @params,
        string? waivers,
        out int exitCode)
    {
        exitCode = ExitCodes.BadInput;
        if (!FactInput.IsReadable(console, facts))
        {
            return null;
        }

        var options = RunArguments.Parse(console, loaded, asOf, @params, waivers);
        var packs = options is null ? null : FactKindMatcher.Match(console, facts, loaded.Packs);
        if (options is null || packs is null)
        {
            return null;
        }

        exitCode = ExitCodes.Success;
        return new PreparedRun(loaded, options, packs);
    }
}
