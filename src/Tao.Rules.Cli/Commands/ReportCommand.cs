using System.CommandLine;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output;
using Tao.Rules.Cli.Output.Evaluation;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Packs;
using Tao.Rules.Reporting.Model;
using Tao.Rules.Reporting.Rendering;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules report [--rules P ...] [--facts F ...] [--waivers W] [--as-of D] [--param pack.name=VALUE ...]
/// [--scenario FILE] [--templates DIR] [--out DIR] [--functions PATH.dll ...]</c>: evaluates the packs and writes the listing-readiness reports
/// (index.html, a .md and an .html per pack, results.json, results.csv, results.sarif, results.junit.xml). A scenario —
/// a file, or a <c>--param</c> given a second time for the same param — evaluates the packs it changes again, for the
/// reports to show beside the run's own results. With no arguments: the shipped packs on the shipped samples, into
/// <c>out/</c>. Each file is written to a temporary file beside its target and renamed only when every file of the run
/// is written (<see cref="StagedReportFolder"/>): a failure leaves the previous report untouched.
/// Exit 0 when the report is written — verdicts do not change it, a report is not a gate (<c>eval --fail-on</c> is);
/// 1 when the rules or the facts have errors (the report of what could be read is still written); 2 for bad usage,
/// unreadable input, a template error (TAO8001–TAO8005) or an output that cannot be written (TAO8006).
/// </summary>
public static class ReportCommand
{
    /// <summary>The exports written beside the pages, which the index links.</summary>
    private static readonly string[] Exports = ["results.json", "results.csv", "results.sarif", "results.junit.xml"];

    public static Command Create(CliConsole console)
    {
        var rules = RunOptions.Rules();
        rules.Required = false;
        rules.Description = "Rule files or folders (default: every pack in the shipped rules/); may repeat.";
        var facts = new Option<string[]>("--facts")
        {
            Description = "Fact files, one per entity kind (default: the shipped rules/samples/); may repeat.",
            Arity = ArgumentArity.OneOrMore,
        };
        var asOf = RunOptions.AsOf();
        var param = RunOptions.Param();
        var waivers = RunOptions.Waivers();
        waivers.Description = "A YAML file of waivers (default with the sample facts: rules/samples/waivers.yaml).";
        var templates = new Option<string?>("--templates")
        {
            Description = "A folder of report templates to use instead of the shipped ones (copy templates/ and edit; every template a run needs must be there).",
        };
        var scenario = new Option<string?>("--scenario")
        {
            Description = "A YAML what-if (name, and params as package.name: VALUE) to evaluate beside the run; a --param given twice for one param does the same.",
        };
        var functions = RunOptions.Functions();
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the report into.",
            DefaultValueFactory = _ => "out",
        };

        var command = new Command("report", "Evaluate rule packs and write listing-readiness reports: index.html, Markdown and HTML per pack, results.json, .csv, .sarif and .junit.xml.")
        {
            rules, facts, asOf, param, waivers, scenario, templates, output, functions,
        };
        command.SetAction(result => Run(
            console,
            new ReportArguments(
                result.GetValue(rules) ?? [],
                result.GetValue(facts) ?? [],
                result.GetValue(asOf),
                result.GetValue(param) ?? [],
                result.GetValue(waivers),
                result.GetValue(templates),
                result.GetValue(output) ?? "out") { Scenario = result.GetValue(scenario), Functions = result.GetValue(functions) ?? [] }));
        return command;
    }

    public static int Run(CliConsole console, ReportArguments arguments)
    {
        var inputs = ReportInputs.Resolve(console, arguments);
        if (inputs is null)
        {
            return ExitCodes.BadInput;
        }

        var loaded = inputs.Rules.Count > 0
            ? RulePackLoader.Load(console, inputs.Rules, arguments.Functions, out var exitCode)
            : RulePackLoader.Load(console, ShippedPacks.Sources(), "the shipped packs", arguments.Functions, out exitCode);
        if (loaded is null)
        {
            return exitCode;
        }

        var (runParams, repeatedParams) = ReportScenario.SplitParams(arguments.Params);
        var options = RunArguments.Parse(console, loaded, arguments.AsOf, runParams, inputs.Waivers);
        if (options is null || !ReportScenario.TryResolve(console, loaded, arguments.Scenario ?? (repeatedParams.Count == 0 ? inputs.SampleScenario : null), repeatedParams, out var scenario))
        {
            return ExitCodes.BadInput;
        }

        var factDiagnostics = new DiagnosticBag();
        var evaluations = ReportEvaluation.Run(console, inputs.Facts, loaded.Packs, options, factDiagnostics, out exitCode);
        if (evaluations is null)
        {
            return exitCode;
        }

        var results = evaluations.SelectMany(e => e.Results).ToArray();
        if (results.Length == 0)
        {
            console.Error.WriteLine("tao-rules: nothing to report: no package judges the entities of the fact files.");
            return ExitCodes.BadInput;
        }

        // The pages and the four exports each explain every fail, unknown, error and waived outcome: once is enough.
        foreach (var result in results)
        {
            result.KeepExplanations();
        }

        var progress = new ProgressReporter(console, "reported");
        var runDiagnostics = new DiagnosticBag();
        var report = ScenarioReportBuilder.Attach(RunReportBuilder.Build(results, Exports), results, options, scenario, runDiagnostics);
        if (report is null)
        {
            progress.Done();
            FactInput.Print(console, runDiagnostics);
            return ExitCodes.BadInput;
        }

        progress.Report(report.Packs.Sum(p => (long)p.Entities.Count));

        var renderer = new ReportRenderer(new TemplateFolder(inputs.Templates));
        using var folder = StagedReportFolder.Open(arguments.Out, out var notWritten);
        if (folder is null)
        {
            progress.Done();
            FactInput.Print(console, factDiagnostics);
            console.Error.WriteLine(notWritten!.ToString());
            return ExitCodes.BadInput;
        }

        // The exports need only the evaluations, and reuse the explanations the model made: they are written while the
        // pages render, so that both cores stay busy until the last file is done.
        var exports = Exports.Select(name => Task.Run(() => folder.Write(name, output => Export(evaluations, name, output)))).ToArray();
        try
        {
            ReportComposer.Compose(report, renderer, folder);
        }
        catch (ReportTemplateException exception)
        {
            Task.WaitAll(exports);
            progress.Done();
            FactInput.Print(console, factDiagnostics);
            console.Error.WriteLine(exception.Diagnostic.ToString());
            return ExitCodes.BadInput;
        }

        Task.WaitAll(exports);
        progress.Done();
        if (folder.Commit() is { } failure)
        {
            FactInput.Print(console, factDiagnostics);
            console.Error.WriteLine(failure.ToString());
            return ExitCodes.BadInput;
        }

        FactInput.Print(console, factDiagnostics);
        ReportSummary.Write(console.Out, report, Path.Combine(arguments.Out, "index.html").Replace('\\', '/'));
        return factDiagnostics.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The results as one of <see cref="Exports"/> (the stable JSON shape, CSV, SARIF, JUnit), written by the writers of <c>eval</c>.</summary>
    private static void Export(IReadOnlyList<FactFileEvaluation> evaluations, string fileName, TextWriter text)
    {
        using (IEvaluationWriter writer = fileName switch
        {
            "results.json" => new JsonEvaluationWriter(text),
            "results.csv" => new CsvEvaluationWriter(text),
            "results.sarif" => new SarifEvaluationWriter(text, evaluations.SelectMany(e => e.Results).Select(r => r.Pack).ToArray(), Directory.GetCurrentDirectory()),
            _ => new JUnitEvaluationWriter(text),
        })
        {
            writer.Begin(evaluations[0].Results[0].AsOf);
            foreach (var evaluation in evaluations)
            {
                writer.WriteBatch(evaluation.Results);
            }

            writer.End();
        }
    }
}
