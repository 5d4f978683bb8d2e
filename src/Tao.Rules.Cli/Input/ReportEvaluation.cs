using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Input;

/// <summary>The evaluations of one fact file: each pack of the file's kind, over all of its entities.</summary>
public sealed record FactFileEvaluation(string FactsPath, IReadOnlyList<EvaluationResult> Results);

/// <summary>
/// Evaluates a <c>report</c> run: each fact file against the packs of its kind. Each kind may have one fact file; a pack
/// whose kind no fact file holds is left out with a note.
/// </summary>
public static class ReportEvaluation
{
    /// <summary>
    /// The evaluations, fact files in the order given, or null after printing why (exit code in
    /// <paramref name="exitCode"/>: 2 when nothing could be judged). Problems in the facts are added to
    /// <paramref name="factDiagnostics"/>; the run goes on without the entities concerned, as <c>eval</c> does.
    /// </summary>
    public static IReadOnlyList<FactFileEvaluation>? Run(
        CliConsole console,
        IReadOnlyList<string> factFiles,
        IReadOnlyList<CompiledPack> packs,
        EvaluationOptions options,
        DiagnosticBag factDiagnostics,
        out int exitCode)
    {
        exitCode = Cli.ExitCodes.BadInput;
        var silent = new CliConsole(console.Out, TextWriter.Null);
        var plan = new List<(string Path, IReadOnlyList<CompiledPack> Packs)>();
        foreach (var path in factFiles)
        {
            if (!FactInput.IsReadable(console, path))
            {
                return null;
            }

            // The matcher notes every pack of another kind; with several fact files that is every pack, so it stays quiet.
            var matched = FactKindMatcher.Match(silent, path, packs);
            if (matched is null)
            {
                var kinds = string.Join(", ", packs.Select(p => p.Kind).Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal));
                console.Error.WriteLine($"tao-rules: the facts '{path}' are of none of the kinds the rules judge ({kinds}).");
                return null;
            }

            if (plan.FirstOrDefault(p => p.Packs[0].Kind == matched[0].Kind) is { Path: { } other })
            {
                console.Error.WriteLine($"tao-rules: the facts '{other}' and '{path}' are both of kind '{matched[0].Kind}'; a report takes one fact file per kind.");
                return null;
            }

            plan.Add((path, matched));
        }

        foreach (var pack in packs.Where(p => plan.All(f => f.Packs[0].Kind != p.Kind)))
        {
            console.Error.WriteLine($"note: no fact file holds '{pack.Kind}' entities; the package '{pack.Name}' is not reported.");
        }

        var evaluations = new List<FactFileEvaluation>();
        foreach (var (path, filePacks) in plan)
        {
            var table = FactFileReader.Read(path, filePacks[0].Package.Schema!, factDiagnostics);
            var results = new List<EvaluationResult>();
            foreach (var pack in filePacks)
            {
                var runDiagnostics = new DiagnosticBag();
                if (!pack.TryEvaluate(table, options, runDiagnostics, out var result))
                {
                    FactInput.Print(console, factDiagnostics);
                    FactInput.Print(console, runDiagnostics);
                    return null;
                }

                foreach (var note in result!.Notes)
                {
                    console.Error.WriteLine("note: " + note.Message);
                }

                results.Add(result);
            }

            evaluations.Add(new FactFileEvaluation(path, results));
        }

        var dates = evaluations.SelectMany(e => e.Results).Select(r => r.AsOf).Distinct().ToList();
        if (dates.Count > 1)
        {
            console.Error.WriteLine($"tao-rules: the fact files are as of different dates ({string.Join(", ", dates.Order().Select(FactDates.Format))}); give --as-of to report them on one date.");
            return null;
        }

        exitCode = Cli.ExitCodes.Success;
        return evaluations;
    }
}
