using Tao.Rules.Cli.Input;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Diff;

/// <summary>
/// One side of <c>diff</c>: its rules (files, folders or <c>git:REV:path</c>), facts, params and waivers, loaded and
/// evaluated with the same pipeline as <c>eval</c>. Every step that fails has already told the user why.
/// </summary>
public static class DiffSide
{
    /// <summary>
    /// Compiles the rules named by <paramref name="arguments"/>; <c>git:</c> ones are read from the repository holding
    /// <paramref name="repositoryFolder"/>. Null with exit 2 for unreadable input (TAO9001 and file problems on stderr),
    /// 1 for errors in the rules (as <c>eval</c>).
    /// </summary>
    public static LoadedPacks? LoadRules(CliConsole console, IReadOnlyList<string> arguments, string repositoryFolder, out int exitCode)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new List<SourceText>();
        var onDisk = arguments.Where(a => !GitRevisionPath.IsGit(a)).ToList();
        if (onDisk.Count > 0)
        {
            sources.AddRange(RuleFileDiscovery.ReadAll(RuleFileDiscovery.Expand(onDisk, diagnostics), diagnostics));
        }

        foreach (var argument in arguments.Where(GitRevisionPath.IsGit))
        {
            sources.AddRange(GitRuleSource.Read(argument, repositoryFolder, diagnostics) ?? []);
        }

        if (diagnostics.Count > 0)
        {
            FactInput.Print(console, diagnostics);
            exitCode = ExitCodes.BadInput;
            return null;
        }

        return RulePackLoader.Load(console, sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(), string.Join(", ", arguments), out exitCode);
    }

    /// <summary>
    /// Evaluates every pack of <paramref name="rules"/> that judges the kind of <paramref name="facts"/>, over the whole
    /// file. Null with exit 2 when the facts, params, waivers or date are unusable, or the facts have errors: a diff of
    /// partly read facts would report changes that are not there.
    /// </summary>
    public static IReadOnlyList<EvaluationResult>? Evaluate(
        CliConsole console,
        string side,
        LoadedPacks rules,
        string facts,
        string? asOf,
        IReadOnlyList<string> @params,
        string? waivers,
        out int exitCode)
    {
        var run = PreparedRun.Prepare(console, rules, facts, asOf, @params, waivers, out exitCode);
        if (run is null)
        {
            return null;
        }

        exitCode = ExitCodes.BadInput;
        var (options, packs) = (run.Options, run.Packs);
        var diagnostics = new DiagnosticBag();
        var table = FactFileReader.Read(facts, packs[0].Package.Schema!, diagnostics);
        var results = new List<EvaluationResult>();
        foreach (var pack in packs)
        {
            if (diagnostics.HasErrors || !pack.TryEvaluate(table, options, diagnostics, out var result))
            {
                FactInput.Print(console, diagnostics);
                return null;
            }

            results.Add(result!);
            foreach (var note in result!.Notes)
            {
                console.Error.WriteLine($"note ({side}): {note.Message}");
            }
        }

        FactInput.Print(console, diagnostics);
        exitCode = ExitCodes.Success;
        return results;
    }
}
