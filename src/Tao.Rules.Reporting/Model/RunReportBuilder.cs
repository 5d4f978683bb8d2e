using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Reporting.Model;

/// <summary>Builds a <see cref="RunReport"/> from the evaluations of a run.</summary>
public static class RunReportBuilder
{
    /// <summary>
    /// The report of <paramref name="results"/> (one per pack, in the order given). The run's as_of is that of the
    /// evaluations; when they differ, the earliest (each pack still shows its own).
    /// </summary>
    /// <param name="results">The evaluations, at least one.</param>
    /// <param name="exports">The other files the run writes beside the pages (<c>results.json</c>), for the index to link.</param>
    public static RunReport Build(IReadOnlyList<EvaluationResult> results, IReadOnlyList<string>? exports = null)
    {
        if (results.Count == 0)
        {
            throw new ArgumentException("A report needs at least one evaluation.", nameof(results));
        }

        var packs = new PackReport[results.Count];
        Parallel.For(0, results.Count, i => packs[i] = PackReportBuilder.Build(results[i]));
        var asOf = results.Min(r => r.AsOf);
        return new RunReport(FactDates.Format(asOf), packs) { Exports = exports ?? [] };
    }
}
