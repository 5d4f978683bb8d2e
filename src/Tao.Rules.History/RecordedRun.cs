namespace Tao.Rules.History;

/// <summary>A run as stored: its inputs, without its outcomes (see <see cref="HistoryStore.Timeline"/> for those).</summary>
/// <param name="Run">The run number: 1 for the first run recorded in the file, then one more for each run after it.</param>
/// <param name="AsOf">The evaluation date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Facts">The facts file as given.</param>
/// <param name="FactsSha256">SHA-256 of the facts file's bytes.</param>
/// <param name="WaiversSha256">SHA-256 of the waivers file's bytes, or null.</param>
/// <param name="ToolVersion">The version of the tool that evaluated the run.</param>
/// <param name="RecordedAt">When the run was recorded (ISO 8601, UTC), or null; metadata only.</param>
/// <param name="Packs">The packs evaluated, in name order.</param>
public sealed record RecordedRun(
    long Run,
    string AsOf,
    string Facts,
    string FactsSha256,
    string? WaiversSha256,
    string ToolVersion,
    string? RecordedAt,
    IReadOnlyList<RecordedPack> Packs);
