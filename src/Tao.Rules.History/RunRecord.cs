namespace Tao.Rules.History;

/// <summary>
/// One evaluation run as the history stores it. <see cref="Outcomes"/> is read once, inside the run's transaction: if
/// reading it fails or is cancelled midway, nothing of the run is stored.
/// </summary>
/// <param name="AsOf">The evaluation date (the input, never the clock).</param>
/// <param name="Facts">The facts file as given on the command line.</param>
/// <param name="FactsSha256">SHA-256 of the facts file's bytes, lower-case hex.</param>
/// <param name="WaiversSha256">SHA-256 of the waivers file's bytes; null when the run had none.</param>
/// <param name="ToolVersion">The version of the tool that evaluated the run.</param>
/// <param name="RecordedAt">When the run was recorded: metadata for people only, never used by any query; null to leave it out.</param>
/// <param name="Packs">The packs evaluated, with the rules each outcome list follows.</param>
/// <param name="Outcomes">Every entity's outcomes and verdict per pack.</param>
public sealed record RunRecord(
    DateTime AsOf,
    string Facts,
    string FactsSha256,
    string? WaiversSha256,
    string ToolVersion,
    DateTimeOffset? RecordedAt,
    IReadOnlyList<PackRecord> Packs,
    IEnumerable<EntityOutcomes> Outcomes);
