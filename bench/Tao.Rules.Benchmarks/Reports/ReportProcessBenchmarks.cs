using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Tao.Rules.Benchmarks.Reports;

/// <summary>
/// Issue #6's bar: `tao-rules report` on 1,000 assets and the sample subnets, every shipped pack, HTML and Markdown,
/// in under 3 s as a whole process. Each invocation starts the Release build of the tool (precompiled, as `dotnet
/// build -c Release` leaves it) in a fresh process, so start-up, loading and the JIT are counted as a user pays them;
/// `check` on the shipped packs runs beside it as the short command the same settings must not slow down.
/// Run with `--inProcess`: the benchmark itself only waits for the child process.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 9, invocationCount: 1)]
public class ReportProcessBenchmarks
{
    private string _root = "";
    private string _tool = "";
    private string _assets = "";
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        _root = FindRoot();
        _tool = Path.Combine(_root, "src", "Tao.Rules.Cli", "bin", "Release", "net10.0", "tao-rules.dll");
        if (!File.Exists(_tool))
        {
            throw new InvalidOperationException($"build the tool first: dotnet build -c Release src/Tao.Rules.Cli ({_tool} not found)");
        }

        _assets = Path.Combine(Path.GetTempPath(), "tao-rules-bench-assets-1000.yaml");
        Run("python3", Path.Combine(_root, "bench", "report", "generate_assets.py"), _assets, "1000");
        _out = Path.Combine(Path.GetTempPath(), "tao-rules-bench-report-" + Guid.NewGuid().ToString("N"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Benchmark]
    public void Report() => Run(
        "dotnet", _tool, "report", "--facts", _assets, "--facts", Path.Combine(_root, "rules", "samples", "subnets.yaml"),
        "--waivers", Path.Combine(_root, "rules", "samples", "waivers.yaml"), "--out", _out);

    [Benchmark]
    public void CheckShippedPacks() => Run("dotnet", _tool, "check", Path.Combine(_root, "rules"));

    private void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}{output.Result}");
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tao.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tao.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
