using System.CommandLine;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output.Evaluation;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules explain --rules P --facts F --entity ID [--rule RULE-ID] [--as-of D] [--param ...] [--waivers W]</c>:
/// for one entity, every rule's outcome and why, in business words — the because text, each comparison with its actual
/// value, threshold and evidence, the missing facts, the waiver.
/// </summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = RunOptions.Rules();
        var facts = RunOptions.Facts();
        var entity = new Option<string>("--entity") { Description = "The entity's key (an asset's symbol, a subnet's netuid).", Required = true };
        var rule = new Option<string?>("--rule") { Description = "Explain only this rule (its id, such as JP-GL-01)." };
        var asOf = RunOptions.AsOf();
        var param = RunOptions.Param();
        var waivers = RunOptions.Waivers();
        var functions = RunOptions.Functions();
        var command = new Command("explain", "Explain, for one entity, why each rule came out as it did.")
        {
            rules, facts, entity, rule, asOf, param, waivers, functions,
        };
        command.SetAction(result => Run(
            console,
            new ExplainArguments(
                result.GetValue(rules) ?? [],
                result.GetValue(facts)!,
                result.GetValue(entity)!,
                result.GetValue(rule),
                result.GetValue(asOf),
                result.GetValue(param) ?? [],
                result.GetValue(waivers),
                result.GetValue(functions) ?? [])));
        return command;
    }

    public static int Run(CliConsole console, ExplainArguments arguments)
    {
        var run = PreparedRun.Prepare(console, arguments.Rules, arguments.Facts, arguments.AsOf, arguments.Params, arguments.Waivers, arguments.Functions ?? [], out var exitCode);
        if (run is null)
        {
            return exitCode;
        }

        var (options, packs) = (run.Options, run.Packs);
        if (arguments.Rule is { } ruleId && !packs.Any(p => p.RulesInOrder.Any(r => r.Id == ruleId)))
        {
            var ids = packs.SelectMany(p => p.RulesInOrder.Select(r => r.Id)).ToList();
            var suggestion = Suggestions.DidYouMean(ruleId, ids);
            console.Error.WriteLine($"tao-rules: no rule '{ruleId}' in the packs for these facts{(suggestion.Length == 0 ? "." : suggestion)}");
            return ExitCodes.BadInput;
        }

        var factDiagnostics = new DiagnosticBag();
        var closest = new ClosestKey(arguments.Entity);
        foreach (var batch in FactInput.Batches(arguments.Facts, packs, factDiagnostics))
        {
            if (!batch.Table.TryGetRow(arguments.Entity, out var row))
            {
                closest.Consider(batch.Table.Keys);
                continue;
            }

            var results = new List<EvaluationResult>();
            foreach (var pack in packs)
            {
                var runDiagnostics = new DiagnosticBag();
                if (!pack.TryEvaluate(batch.Table, options, runDiagnostics, out var result))
                {
                    FactInput.Print(console, factDiagnostics);
                    FactInput.Print(console, runDiagnostics);
                    return ExitCodes.BadInput;
                }

                results.Add(result!);
            }

            Write(console.Out, results, row, arguments.Rule);
            FactInput.Print(console, factDiagnostics);
            return factDiagnostics.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        }

        FactInput.Print(console, factDiagnostics);
        console.Error.WriteLine($"tao-rules: no entity '{arguments.Entity}' in '{arguments.Facts}'{closest.Suggestion()}");
        return ExitCodes.BadInput;
    }

    private static void Write(TextWriter output, IReadOnlyList<EvaluationResult> results, int row, string? onlyRule)
    {
        var first = results[0];
        var facts = first.Facts;
        var source = facts.Source is null ? string.Empty : $", {facts.Source}";
        output.WriteLine($"{facts.GetKey(row)} ({facts.Kind}) in {facts.Path}{source}; as of {FactDates.Format(first.AsOf)}");
        foreach (var result in results.Where(r => onlyRule is null || r.Rules.Any(rule => rule.Id == onlyRule)))
        {
            output.WriteLine();
            var title = result.Pack.Package.Title is { } t ? $" \"{t}\"" : string.Empty;
            output.WriteLine($"{result.PackName}{title}: {OutputNames.Of(result.GetVerdict(row))}");
            foreach (var note in result.Notes.Where(n => n.Waiver?.Entity == facts.GetKey(row)))
            {
                output.WriteLine("  note: " + note.Message);
            }

            for (var rule = 0; rule < result.Rules.Count; rule++)
            {
                if (onlyRule is not null && result.Rules[rule].Id != onlyRule)
                {
                    continue;
                }

                output.WriteLine();
                output.WriteLine(Indent(result.Explain(row, rule).ToString()));
            }
        }
    }

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    /// <summary>The key closest to the one asked for, across every batch of a streamed file, for "did you mean".</summary>
    private sealed class ClosestKey(string wanted)
    {
        private string? _best;
        private int _bestDistance = int.MaxValue;

        public void Consider(IEnumerable<string> keys)
        {
            var candidate = Suggestions.Closest(wanted, keys);
            if (candidate is null)
            {
                return;
            }

            var distance = Suggestions.Distance(wanted.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < _bestDistance || (distance == _bestDistance && string.CompareOrdinal(candidate, _best) < 0))
            {
                _best = candidate;
                _bestDistance = distance;
            }
        }

        public string Suggestion() => _best is null ? "." : $"; did you mean '{_best}'?";
    }
}
