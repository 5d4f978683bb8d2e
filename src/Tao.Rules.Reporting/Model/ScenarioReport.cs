namespace Tao.Rules.Reporting.Model;

/// <summary>
/// A pack evaluated a second time on the same facts and date with some params changed (a what-if: "after the next
/// halving"), for templates to set beside the run's own results.
/// </summary>
/// <param name="Name">The scenario's name, as its file or command line gives it.</param>
/// <param name="Changes">The params of this pack that the scenario changes.</param>
/// <param name="Entities">Every entity's outcomes and derived values under the scenario, in the same order as <see cref="PackReport.Entities"/>.</param>
public sealed record ScenarioReport(string Name, IReadOnlyList<ParamChangeReport> Changes, IReadOnlyList<EntityReport> Entities)
{
    /// <summary>How many entities have each verdict under the scenario.</summary>
    public VerdictCounts VerdictCounts { get; } = VerdictCounts.Of(Entities.Select(e => e.Verdict));
}
