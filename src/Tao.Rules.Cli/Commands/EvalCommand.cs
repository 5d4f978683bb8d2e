using System.CommandLine;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output;
using Tao.Rules.Cli.Output.Evaluation;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.History;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules eval --rules P [--rules P2 ...] --facts F [--as-of D] [--param pack.name=VALUE ...] [--waivers W]
/// [--format table|json|csv|sarif|junit] [--fail-on blocked|at-risk|needs-evidence] [--record [DB]] [--functions PATH.dll ...]</c>.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = RunOptions.Rules();
        var facts = RunOptions.Facts();
        var asOf = RunOptions.AsOf();
        var param = RunOptions.Param();
        var waivers = RunOptions.Waivers();
        var functions = RunOptions.Functions();
        var format = new Option<string>("--format")
        {
            Description = "table (for people), json (the stable shape of DESIGN.md §7), csv, sarif (SARIF 2.1.0) or junit (JUnit XML); see docs/report-formats.md.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv", "sarif", "junit");
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when an entity's verdict is this or worse: blocked, at-risk (or blocked), needs-evidence (or worse).",
        };
        failOn.AcceptOnlyFromAmong("blocked", "at-risk", "needs-evidence");
        var record = new Option<string?>("--record")
        {
            Description = "Append the run to an audit history (SQLite; default .tao-rules/history.db): see docs/history.md.",
            HelpName = "DB",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var command = new Command("eval", "Evaluate rule packs on a fact file: every rule's outcome for every entity, and each entity's verdict.")
        {
            rules, facts, asOf, param, waivers, format, failOn, record, functions,
        };
        command.SetAction(result => Run(
            console,
            new EvalArguments(
                result.GetValue(rules) ?? [],
                result.GetValue(facts)!,
                result.GetValue(asOf),
                result.GetValue(param) ?? [],
                result.GetValue(waivers),
                result.GetValue(format) ?? "table",
                result.GetValue(failOn),
                result.GetResult(record) is null ? null : result.GetValue(record) ?? HistoryStore.DefaultPath,
                result.GetValue(functions) ?? [])));
        return command;
    }

    public static int Run(CliConsole console, EvalArguments arguments)
    {
        var run = PreparedRun.Prepare(console, arguments.Rules, arguments.Facts, arguments.AsOf, arguments.Params, arguments.Waivers, arguments.Functions ?? [], out var exitCode);
        if (run is null)
        {
            return exitCode;
        }

        var (options, packs) = (run.Options, run.Packs);
        var failOn = arguments.FailOn switch
        {
            "blocked" => Verdict.Blocked,
            "at-risk" => Verdict.AtRisk,
            "needs-evidence" => Verdict.NeedsEvidence,
            _ => (Verdict?)null,
        };

        using var recording = arguments.Record is null ? null : EvalRecording.Start(console, arguments.Record, arguments, run);
        if (arguments.Record is not null && recording is null)
        {
            return ExitCodes.BadInput;
        }

        var factDiagnostics = new DiagnosticBag();
        var progress = new ProgressReporter(console, "evaluated");
        var worst = Verdict.Ready;
        using var writer = CreateWriter(arguments.Format, console.Out, packs);
        var started = false;
        var runAsOf = default(DateTime);
        foreach (var batch in FactInput.Batches(arguments.Facts, packs, factDiagnostics))
        {
            var results = new List<EvaluationResult>(packs.Count);
            foreach (var pack in packs)
            {
                var runDiagnostics = new DiagnosticBag();
                if (!pack.TryEvaluate(batch.Table, options, runDiagnostics, out var result))
                {
                    // Nothing is written before the first batch is evaluated, so a run that cannot start writes no results.
                    progress.Done();
                    FactInput.Print(console, factDiagnostics);
                    FactInput.Print(console, runDiagnostics);
                    return ExitCodes.BadInput;
                }

                results.Add(result!);
                foreach (var note in result!.Notes)
                {
                    console.Error.WriteLine("note: " + note.Message);
                }
            }

            if (!started)
            {
                writer.Begin(results[0].AsOf);
                runAsOf = results[0].AsOf;
                started = true;
            }

            writer.WriteBatch(results);
            recording?.Add(results);
            worst = Worst(worst, results);
            progress.Report(batch.FirstEntity + batch.Table.RowCount);
        }

        progress.Done();
        if (!started)
        {
            // An empty fact file: no batch to take the file's as_of from.
            if (options.AsOf is not { } asOf)
            {
                FactInput.Print(console, factDiagnostics);
                console.Error.WriteLine($"tao-rules: no evaluation date: give --as-of (the facts '{arguments.Facts}' hold no entities).");
                return ExitCodes.BadInput;
            }

            writer.Begin(asOf);
        }

        writer.End();
        if (recording is not null && !recording.Finish(options.AsOf ?? runAsOf))
        {
            return ExitCodes.BadInput;
        }

        FactInput.Print(console, factDiagnostics);
        if (factDiagnostics.HasErrors)
        {
            return ExitCodes.Findings;
        }

        return failOn is { } threshold && worst >= threshold ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static IEvaluationWriter CreateWriter(string format, TextWriter output, IReadOnlyList<CompiledPack> packs) => format switch
    {
        "json" => new JsonEvaluationWriter(output),
        "csv" => new CsvEvaluationWriter(output),
        "sarif" => new SarifEvaluationWriter(output, packs, Directory.GetCurrentDirectory()),
        "junit" => new JUnitEvaluationWriter(output),
        _ => new TableEvaluationWriter(output),
    };

    private static Verdict Worst(Verdict worst, IReadOnlyList<EvaluationResult> results)
    {
        foreach (var result in results)
        {
            for (var row = 0; row < result.EntityCount && worst != Verdict.Blocked; row++)
            {
                var verdict = result.GetVerdict(row);
                worst = verdict > worst ? verdict : worst;
            }
        }

        return worst;
    }
}
