using System.CommandLine;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Cli.Commands;

/// <summary><c>tao-rules check [paths...] [--format text|json|sarif] [--warnaserror] [--functions PATH.dll ...]</c>.</summary>
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
        var functions = RunOptions.Functions();

        var command = new Command("check", "Parse, bind and lint rule files and schemas; print every diagnostic.")
        {
            paths,
            format,
            warnAsError,
            functions,
        };
        command.SetAction(result => Run(
            console,
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(warnAsError),
            result.GetValue(functions) ?? []));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, string format, bool warnAsError, IReadOnlyList<string>? functionAssemblies = null)
    {
        // Problems with --functions are bad input like an unreadable rule file: printed in the chosen format, exit 2. The
        // rules are not bound then: every call of a function that did not load would only repeat the problem.
        var inputDiagnostics = new DiagnosticBag();
        var functions = FunctionAssemblies.Read(functionAssemblies ?? [], inputDiagnostics);
        var functionsFailed = inputDiagnostics.HasErrors;
        var files = RuleFileDiscovery.Expand(paths.Count == 0 ? ["."] : paths, inputDiagnostics);
        var sources = RuleFileDiscovery.ReadAll(files, inputDiagnostics);
        var compilation = functionsFailed ? null : RuleCompilation.Create(sources, functions: functions);

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
                break;
        }

        if (inputDiagnostics.Any() || files.Count == 0 && paths.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
