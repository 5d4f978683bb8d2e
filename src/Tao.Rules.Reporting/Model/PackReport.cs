namespace Tao.Rules.Reporting.Model;

/// <summary>One pack's report: what the pack is, which facts it judged, and every entity's outcomes.</summary>
/// <param name="Id">The package name (<c>jp.listing</c>).</param>
/// <param name="Title">The package title, or null.</param>
/// <param name="Version">The package version, or null.</param>
/// <param name="Jurisdiction">The jurisdiction code (<c>JP</c>), or null.</param>
/// <param name="EntityKind">The kind of entity judged (<c>asset</c>, <c>subnet</c>).</param>
/// <param name="SourcePath">The rule file, as given.</param>
/// <param name="ContentHash">SHA-256 of the rule file's text (line endings normalised to LF), lower-case hex (<see cref="ContentHash"/>).</param>
/// <param name="AsOf">The evaluation date used, ISO.</param>
/// <param name="FactsPath">The fact file, as given.</param>
/// <param name="FactsSource">The fact file's <c>source</c>, or null.</param>
/// <param name="FactsAsOf">The fact file's <c>as_of</c>, ISO, or null.</param>
/// <param name="Rules">The pack's rules, in declaration order.</param>
/// <param name="Entities">The entities, in fact-file order.</param>
/// <param name="Notes">What the reader should know besides outcomes, such as expired waivers.</param>
public sealed record PackReport(
    string Id,
    string? Title,
    string? Version,
    string? Jurisdiction,
    string EntityKind,
    string SourcePath,
    string ContentHash,
    string AsOf,
    string FactsPath,
    string? FactsSource,
    string? FactsAsOf,
    IReadOnlyList<RuleInfo> Rules,
    IReadOnlyList<EntityReport> Entities,
    IReadOnlyList<string> Notes)
{
    /// <summary>How many entities have each verdict.</summary>
    public VerdictCounts VerdictCounts { get; } = VerdictCounts.Of(Entities.Select(e => e.Verdict));

    /// <summary>How many entity × rule results have each outcome.</summary>
    public OutcomeCounts OutcomeCounts { get; } = OutcomeCounts.Of(Entities.SelectMany(e => e.Outcomes).Select(o => o.Outcome));

    /// <summary>The pack's params as the run used them, in declaration order (see <see cref="ScenarioReportBuilder"/>).</summary>
    public IReadOnlyList<ParamReport> Params { get; init; } = [];

    /// <summary>The pack evaluated again under the run's scenario, when the scenario changes one of its params; else null.</summary>
    public ScenarioReport? Scenario { get; init; }

    /// <summary>A name for the pack's report files: the package name (<c>jp.listing</c>), safe as a file name.</summary>
    public string FileStem { get; } = ReportFileNames.Stem(Id);
}
