namespace Tao.Rules.Reporting.Model;

/// <summary>
/// Everything one <c>tao-rules report</c> run hands to the templates: the evaluation date and one
/// <see cref="PackReport"/> per pack evaluated, in the order the packs were given. Templates see the properties in
/// snake_case (<c>as_of</c>, <c>packs</c>); see docs/reports.md.
/// </summary>
/// <param name="AsOf">The run's evaluation date, ISO <c>YYYY-MM-DD</c> (never a generation time: there is no clock).</param>
/// <param name="Packs">The packs, each with its entities and their outcomes.</param>
public sealed record RunReport(string AsOf, IReadOnlyList<PackReport> Packs)
{
    /// <summary>How many entities each verdict has over every pack (an entity judged by two packs counts twice).</summary>
    public VerdictCounts VerdictCounts { get; } = VerdictCounts.Sum(Packs.Select(p => p.VerdictCounts));

    /// <summary>The other files the run writes beside the pages (<c>results.json</c>, <c>results.csv</c>), for the index to link.</summary>
    public IReadOnlyList<string> Exports { get; init; } = [];
}
