using System.CommandLine;
using System.Globalization;
using Tao.Rules.Analysis;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules check [paths...] [--format text|json|sarif] [--warnaserror] [--costs] [--cost-budget N]
/// [--assumed-population N] [--functions PATH.dll ...]</c>.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule files (*.rules, *.rules.yaml), schemas (*.schema.yaml) or folders holding them. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print the diagnostics: text (MSBuild lines), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors." };
        var costs = new Option<bool>("--costs") { Description = "Also print each rule's estimated cost (docs/cost.md) as a table (text format)." };
        // Read as text and parsed invariantly: the parser's own number parsing follows the current culture.
        var costBudget = new Option<string?>("--cost-budget") { Description = "Warn (TAO4012) about each rule whose estimated cost exceeds N." };
        var population = new Option<string?>("--assumed-population") { Description = "Entities a population aggregate is assumed to visit in cost estimates (default 1000)." };
        var functions = RunOptions.Functions();

        var command = new Command("check", "Parse, bind and lint rule files and schemas; print every diagnostic.")
        {
            paths,
            format,
            warnAsError,
            costs,
            costBudget,
            population,
            functions,
        };
        command.SetAction(result => Run(
            console,
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(warnAsError),
            result.GetValue(costs),
            result.GetValue(costBudget),
            result.GetValue(population),
            result.GetValue(functions) ?? []));
        return command;
    }

    public static int Run(
        CliConsole console,
        IReadOnlyList<string> paths,
        string format,
        bool warnAsError,
        bool showCosts = false,
        string? costBudget = null,
        string? assumedPopulation = null,
        IReadOnlyList<string>? functionAssemblies = null)
    {
        double? budget = null;
        if (costBudget is not null)
        {
            if (!double.TryParse(costBudget, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || double.IsInfinity(value))
            {
                console.Error.WriteLine($"tao-rules: --cost-budget {costBudget} is not a positive number.");
                return ExitCodes.BadInput;
            }

            budget = value;
        }

        var population = LintOptions.Default.AssumedPopulationSize;
        if (assumedPopulation is not null
            && (!int.TryParse(assumedPopulation, NumberStyles.None, CultureInfo.InvariantCulture, out population) || population <= 0))
        {
            console.Error.WriteLine($"tao-rules: --assumed-population {assumedPopulation} is not a positive whole number.");
            return ExitCodes.BadInput;
        }

        var lintOptions = new LintOptions { CostBudget = budget, AssumedPopulationSize = population };

        // Problems with --functions are bad input like an unreadable rule file: printed in the chosen format, exit 2. The
        // rules are not bound then: every call of a function that did not load would only repeat the problem.
        var inputDiagnostics = new DiagnosticBag();
        var functions = FunctionAssemblies.Read(functionAssemblies ?? [], inputDiagnostics);
        var functionsFailed = inputDiagnostics.HasErrors;
        var files = RuleFileDiscovery.Expand(paths.Count == 0 ? ["."] : paths, inputDiagnostics);
        var sources = RuleFileDiscovery.ReadAll(files, inputDiagnostics);
        var compilation = functionsFailed ? null : RuleCompilation.Create(sources, functions: functions, lintOptions: lintOptions);

        var all = DiagnosticOrder.Sort(inputDiagnostics.Concat(compilation?.Diagnostics ?? []));
        if (warnAsError)
        {
            all = all.Select(d => d.Severity == DiagnosticSeverity.Warning ? d.WithSeverity(DiagnosticSeverity.Error) : d).ToList();
        }

        var summary = new CheckSummary(files.Count, all);
        switch (format)
        {
            case "json":
                DiagnosticJsonWriter.Write(console.Out, all, summary);
                break;
            case "sarif":
                SarifWriter.Write(console.Out, all);
                break;
            default:
                DiagnosticTextWriter.Write(console.Out, all, summary);
                if (showCosts)
                {
                    RuleCostTable.Write(console.Out, compilation?.Packages ?? [], lintOptions);
                }

                break;
        }

        if (inputDiagnostics.Any() || files.Count == 0 && paths.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
