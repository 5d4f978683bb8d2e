using System.CommandLine;
using System.Globalization;
using Tao.Rules.Cli.Input;
using Tao.Rules.Cli.Output;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// <c>tao-rules test [paths...] [--coverage] [--threshold N] [--junit FILE] [--functions PATH.dll ...]</c>: runs the <c>test</c> blocks of every
/// package under the paths. Each unmet expectation is a TAO7001 MSBuild line at its <c>expect</c>.
/// </summary>
public static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule files, schemas or folders holding them. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var coverage = new Option<bool>("--coverage") { Description = "List the rules never seen passing and failing, and 'when' conditions never true and false." };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "Exit 1 when the coverage is below N percent (0 to 100).",
            CustomParser = InvariantNumber.Parse,
        };
        var junit = new Option<string?>("--junit") { Description = "Also write JUnit XML (one testcase per test block) to FILE." };
        var functions = RunOptions.Functions();
        var command = new Command("test", "Run the test blocks of the rule packages; optionally measure their coverage.") { paths, coverage, threshold, junit, functions };
        command.SetAction(result => Run(
            console,
            result.GetValue(paths) ?? [],
            result.GetValue(coverage),
            result.GetValue(threshold),
            result.GetValue(junit),
            result.GetValue(functions) ?? []));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, bool showCoverage, double? threshold, string? junitPath, IReadOnlyList<string>? functions = null)
    {
        if (threshold is { } t && (double.IsNaN(t) || t < 0 || t > 100))
        {
            console.Error.WriteLine($"tao-rules: --threshold {t.ToString(CultureInfo.InvariantCulture)} is not a percentage from 0 to 100.");
            return ExitCodes.BadInput;
        }

        var loaded = RulePackLoader.Load(console, paths.Count == 0 ? ["."] : paths, functions ?? [], out var exitCode);
        if (loaded is null)
        {
            return exitCode;
        }

        var reports = loaded.Packs.Select(pack => RuleTestRunner.Run(pack)).ToList();
        var cases = new List<JUnitCase>();
        foreach (var report in reports)
        {
            foreach (var test in report.Tests)
            {
                var failures = Failures(test);
                foreach (var failure in failures)
                {
                    console.Out.WriteLine(failure);
                }

                cases.Add(new JUnitCase(report.Pack, test.Name, test.Location.Path, test.Location.StartPosition.Line, failures));
            }
        }

        var branches = reports.Sum(r => r.Coverage.Branches);
        var covered = reports.Sum(r => r.Coverage.CoveredBranches);
        var percent = branches == 0 ? 100 : 100.0 * covered / branches;
        if (showCoverage)
        {
            foreach (var rule in reports.SelectMany(r => r.Coverage.Rules).Where(r => r.Gaps.Count > 0))
            {
                var position = rule.Location.StartPosition;
                console.Out.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}({1},{2}): coverage: rule '{3}' {4}",
                    rule.Location.Path,
                    position.Line,
                    position.Column,
                    rule.RuleId,
                    string.Join(", ", rule.Gaps)));
            }
        }

        var failed = cases.Count(c => c.Failures.Count > 0);
        console.Out.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} in {2} {3}: {4} passed, {5} failed.",
            cases.Count,
            cases.Count == 1 ? "test" : "tests",
            reports.Count,
            reports.Count == 1 ? "package" : "packages",
            cases.Count - failed,
            failed));
        if (showCoverage || threshold is not null)
        {
            console.Out.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "Coverage: {0:0.0}% ({1} of {2} branches: each rule passing and failing, each 'when' true and false){3}.",
                percent,
                covered,
                branches,
                threshold is { } limit ? string.Format(CultureInfo.InvariantCulture, "; threshold {0}%", limit) : string.Empty));
        }

        if (junitPath is not null && !WriteJUnit(console, junitPath, cases))
        {
            return ExitCodes.BadInput;
        }

        if (failed > 0)
        {
            return ExitCodes.Findings;
        }

        return threshold is { } minimum && percent < minimum ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The test's unmet expectations as TAO7001 MSBuild lines (and why it could not run, if so).</summary>
    private static IReadOnlyList<string> Failures(RuleTestResult test)
    {
        var lines = new List<string>();
        if (test.SetupError is not null)
        {
            lines.Add(Diagnostic.Create(DiagnosticCatalog.ExpectationNotMet, test.Location, test.SetupError).ToString());
        }

        lines.AddRange(test.Expectations
            .Where(e => !e.Passed)
            .Select(e => Diagnostic.Create(DiagnosticCatalog.ExpectationNotMet, e.Location, e.Message ?? e.Text + " was not met").ToString()));
        return lines;
    }

    private static bool WriteJUnit(CliConsole console, string path, IReadOnlyList<JUnitCase> cases)
    {
        try
        {
            AtomicFile.WriteAllText(path, JUnitReport.Render(cases));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"tao-rules: cannot write the JUnit report '{path}': {e.Message}");
            return false;
        }
    }
}
