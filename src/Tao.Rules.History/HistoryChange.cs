namespace Tao.Rules.History;

/// <summary>
/// A run in which one rule's outcome (or one pack's verdict) of an entity was first recorded or differed from the run
/// before that recorded it — with the pack version and text it came from.
/// </summary>
/// <param name="Run">The run number.</param>
/// <param name="AsOf">The run's evaluation date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Pack">The package name.</param>
/// <param name="PackVersion">The package's declared version in that run, or null.</param>
/// <param name="SourceSha256">SHA-256 of the pack's rule file in that run.</param>
/// <param name="Rule">The rule id; null for the pack's verdict.</param>
/// <param name="Value">The outcome (<c>fail</c>) or verdict (<c>at-risk</c>).</param>
/// <param name="Severity">The rule's severity in that run; null for a verdict.</param>
/// <param name="Previous">The value in the run before; null for the first recorded run.</param>
/// <param name="PreviousRun">That run's number; null for the first recorded run.</param>
/// <param name="Overrides">The params of the pack that the run overrode (<c>--param</c>), in name order.</param>
public sealed record HistoryChange(
    long Run,
    string AsOf,
    string Pack,
    string? PackVersion,
    string SourceSha256,
    string? Rule,
    string Value,
    string? Severity,
    string? Previous,
    long? PreviousRun,
    IReadOnlyList<ParamRecord> Overrides);
