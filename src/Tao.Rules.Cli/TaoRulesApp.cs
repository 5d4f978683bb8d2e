using System.CommandLine;
using Tao.Rules.Cli.Commands;

namespace Tao.Rules.Cli;

/// <summary>The <c>tao-rules</c> command line. Runs in-process for tests: output goes to the writers given.</summary>
public static class TaoRulesApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        try
        {
            var root = new RootCommand("tao-rules: policy-as-code for crypto-asset listing and Bittensor subnet policies.")
            {
                ReportCommand.Create(console),
                CheckCommand.Create(console),
                FmtCommand.Create(console),
                EvalCommand.Create(console),
                ExplainCommand.Create(console),
                TestCommand.Create(console),
            };

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.WriteLine("tao-rules: " + error.Message);
                }

                stderr.WriteLine("Run 'tao-rules --help' for usage.");
                return ExitCodes.BadInput;
            }

            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return parseResult.Invoke(configuration);
        }
        catch (Exception e)
        {
            // The last line of defence: a bug must still end in one clear line and exit 2, never a stack trace.
            stderr.WriteLine($"tao-rules: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
