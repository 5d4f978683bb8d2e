using System.Diagnostics;

namespace Tao.Rules.Cli.Tests;

/// <summary>The result of one <c>tao-rules</c> invocation.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the CLI in-process (fast, for most tests) or as a real process (for exit codes and crash safety).</summary>
public static class CliRun
{
    public static CliResult InProcess(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = TaoRulesApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool with <c>dotnet tao-rules.dll</c> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult AsProcess(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "tao-rules.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("tao-rules did not finish in 60 s: " + string.Join(' ', args));
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
