using System.CommandLine;
using Tao.Rules.Cli.Diff;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output.Diff;
using Tao.Rules.Evaluation;
using Tao.Rules.Evaluation.Diffing;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules diff --before P1 --after P2 --facts F</c> (or <c>--rules P --facts-before F1 --facts-after F2</c>, or
/// both pairs): evaluates both sides and lists, per pack and entity, the verdicts and rule outcomes that change and why.
/// P may be <c>git:REV:path</c>. Exit 0 (also with changes, unless <c>--fail-on-change</c>: then 1), 1 for errors in
/// the rules, 2 for bad usage or unreadable input.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = Many("--rules", "Rules for both sides: files, folders or git:REV:path; may repeat.");
        var before = Many("--before", "Rules before the change: files, folders or git:REV:path (read from the repository); may repeat.");
        var after = Many("--after", "Rules after the change, as --before.");
        var facts = new Option<string?>("--facts") { Description = "The fact file for both sides." };
        var factsBefore = new Option<string?>("--facts-before") { Description = "The fact file of the before side." };
        var factsAfter = new Option<string?>("--facts-after") { Description = "The fact file of the after side." };
        var asOf = RunOptions.AsOf();
        var param = Many("--param", "Override a param on both sides: package.name=VALUE; may repeat.");
        var paramBefore = Many("--param-before", "Override a param on the before side only; may repeat.");
        var paramAfter = Many("--param-after", "Override a param on the after side only (what if min_handlers were 4?); may repeat.");
        var waivers = new Option<string?>("--waivers") { Description = "A YAML file of waivers for both sides." };
        var waiversBefore = new Option<string?>("--waivers-before") { Description = "Waivers of the before side (instead of --waivers)." };
        var waiversAfter = new Option<string?>("--waivers-after") { Description = "Waivers of the after side (instead of --waivers)." };
        var format = new Option<string>("--format")
        {
            Description = "table (for people), json (stable shape, docs/diff.md) or markdown (a pull-request comment).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var failOnChange = new Option<bool>("--fail-on-change") { Description = "Exit 1 when any verdict or rule outcome changes (default: exit 0)." };
        var repository = new Option<string>("--repo")
        {
            Description = "A folder inside the git repository that git:REV:path arguments are read from. Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };

        var command = new Command("diff", "Compare two evaluations (rules before and after a change, or two fact snapshots): which verdicts and rule outcomes change, and why.")
        {
            rules, before, after, facts, factsBefore, factsAfter, asOf, param, paramBefore, paramAfter, waivers, waiversBefore, waiversAfter, format, failOnChange, repository,
        };
        command.SetAction(result => Run(
            console,
            new DiffArguments(
                result.GetValue(rules) ?? [],
                result.GetValue(before) ?? [],
                result.GetValue(after) ?? [],
                result.GetValue(facts),
                result.GetValue(factsBefore),
                result.GetValue(factsAfter),
                result.GetValue(asOf),
                result.GetValue(param) ?? [],
                result.GetValue(paramBefore) ?? [],
                result.GetValue(paramAfter) ?? [],
                result.GetValue(waivers),
                result.GetValue(waiversBefore),
                result.GetValue(waiversAfter),
                result.GetValue(format) ?? "table",
                result.GetValue(failOnChange),
                result.GetValue(repository) ?? ".")));
        return command;
    }

    public static int Run(CliConsole console, DiffArguments arguments)
    {
        if (Usage(arguments) is { } problem)
        {
            console.Error.WriteLine("tao-rules: " + problem);
            return ExitCodes.BadInput;
        }

        var rulesBefore = arguments.Rules.Count > 0 ? arguments.Rules : arguments.Before;
        var rulesAfter = arguments.Rules.Count > 0 ? arguments.Rules : arguments.After;
        var loadedBefore = DiffSide.LoadRules(console, rulesBefore, arguments.Repository, out var exitCode);
        if (loadedBefore is null)
        {
            return exitCode;
        }

        // One set of rules for both sides is compiled once (and its warnings printed once).
        var loadedAfter = arguments.Rules.Count > 0 ? loadedBefore : DiffSide.LoadRules(console, rulesAfter, arguments.Repository, out exitCode);
        if (loadedAfter is null)
        {
            return exitCode;
        }

        var factsBefore = arguments.Facts ?? arguments.FactsBefore!;
        var factsAfter = arguments.Facts ?? arguments.FactsAfter!;
        var paramsBefore = arguments.Params.Concat(arguments.ParamsBefore).ToList();
        var paramsAfter = arguments.Params.Concat(arguments.ParamsAfter).ToList();
        var waiversBefore = arguments.WaiversBefore ?? arguments.Waivers;
        var waiversAfter = arguments.WaiversAfter ?? arguments.Waivers;
        var resultsBefore = DiffSide.Evaluate(console, "before", loadedBefore, factsBefore, arguments.AsOf, paramsBefore, waiversBefore, out exitCode);
        if (resultsBefore is null)
        {
            return exitCode;
        }

        var resultsAfter = DiffSide.Evaluate(console, "after", loadedAfter, factsAfter, arguments.AsOf, paramsAfter, waiversAfter, out exitCode);
        if (resultsAfter is null)
        {
            return exitCode;
        }

        var diff = EvaluationComparer.Compare(resultsBefore, resultsAfter);
        var labelBefore = new DiffSideLabel(rulesBefore, factsBefore, paramsBefore, waiversBefore, AsOfOf(resultsBefore));
        var labelAfter = new DiffSideLabel(rulesAfter, factsAfter, paramsAfter, waiversAfter, AsOfOf(resultsAfter));
        switch (arguments.Format)
        {
            case "json":
                JsonDiffWriter.Write(console.Out, diff, labelBefore, labelAfter);
                break;
            case "markdown":
                MarkdownDiffWriter.Write(console.Out, diff, labelBefore, labelAfter);
                break;
            default:
                TableDiffWriter.Write(console.Out, diff, labelBefore, labelAfter);
                break;
        }

        return arguments.FailOnChange && !diff.IsEmpty ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Why the combination of options cannot make two sides, or null when it can.</summary>
    private static string? Usage(DiffArguments arguments)
    {
        var pairGiven = arguments.Before.Count > 0 || arguments.After.Count > 0;
        if (arguments.Rules.Count > 0 && pairGiven)
        {
            return "diff takes either --rules (one set of rules for both sides) or --before and --after, not both.";
        }

        if (arguments.Rules.Count == 0 && (arguments.Before.Count == 0 || arguments.After.Count == 0))
        {
            return "diff needs the rules of both sides: --before P1 --after P2 (files, folders or git:REV:path), or --rules P with --facts-before and --facts-after.";
        }

        var factPairGiven = arguments.FactsBefore is not null || arguments.FactsAfter is not null;
        if (arguments.Facts is not null && factPairGiven)
        {
            return "diff takes either --facts (one fact file for both sides) or --facts-before and --facts-after, not both.";
        }

        if (arguments.Facts is null && (arguments.FactsBefore is null || arguments.FactsAfter is null))
        {
            return "diff needs the facts of both sides: --facts F, or --facts-before F1 and --facts-after F2.";
        }

        if ((arguments.WaiversBefore is not null || arguments.WaiversAfter is not null) && arguments.Waivers is not null)
        {
            return "diff takes either --waivers (both sides) or --waivers-before/--waivers-after, not both.";
        }

        return null;
    }

    private static DateTime? AsOfOf(IReadOnlyList<EvaluationResult> results) => results.Count == 0 ? null : results[0].AsOf;

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.OneOrMore,
    };
}
