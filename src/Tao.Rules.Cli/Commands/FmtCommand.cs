using System.CommandLine;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax.Formatting;
using Tao.Rules.Syntax.Parsing;

namespace Tao.Rules.Cli.Commands;

/// <summary><c>tao-rules fmt [paths...] [--check]</c>: rewrite <c>*.rules</c> files in the one canonical layout.</summary>
public static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule files (*.rules) or folders holding them. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not formatted and exit 1 if any." };
        var command = new Command("fmt", "Format *.rules files in the canonical layout, keeping comments.") { paths, check };
        command.SetAction(result => Run(console, result.GetValue(paths) ?? [], result.GetValue(check)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, bool checkOnly)
    {
        var inputDiagnostics = new DiagnosticBag();
        var files = RuleFileDiscovery.Expand(
            paths.Count == 0 ? ["."] : paths,
            inputDiagnostics,
            path => RuleFileKinds.Classify(path) == RuleFileKind.DslRules);
        var sources = RuleFileDiscovery.ReadAll(files, inputDiagnostics);

        var unformatted = 0;
        var broken = 0;
        foreach (var source in sources)
        {
            var tree = RuleParser.ParseFile(source);
            if (tree.HasErrors)
            {
                // Formatting a file the parser could not fully read would drop what it could not read.
                broken++;
                foreach (var diagnostic in tree.Diagnostics)
                {
                    console.Out.WriteLine(diagnostic.ToString());
                }

                continue;
            }

            var formatted = RuleFormatter.Format(tree);
            if (string.Equals(formatted, source.Content, StringComparison.Ordinal))
            {
                continue;
            }

            unformatted++;
            if (checkOnly)
            {
                console.Out.WriteLine($"{source.Path}: not formatted");
            }
            else
            {
                AtomicFile.WriteAllText(source.Path, formatted);
                console.Out.WriteLine($"{source.Path}: formatted");
            }
        }

        foreach (var diagnostic in inputDiagnostics.ToSortedList())
        {
            console.Out.WriteLine(diagnostic.ToString());
        }

        if (inputDiagnostics.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return broken > 0 || (checkOnly && unformatted > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
