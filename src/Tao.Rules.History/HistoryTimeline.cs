namespace Tao.Rules.History;

/// <summary>The changes of one entity's outcomes and verdicts over the recorded runs.</summary>
/// <param name="Entity">The entity key asked for.</param>
/// <param name="RunCount">How many runs recorded the entity (for the pack asked for, if any).</param>
/// <param name="Changes">
/// The first recorded value of every rule and verdict, then every change, ordered by run, pack, then rules by id before
/// the verdict. Empty when no run recorded the entity.
/// </param>
public sealed record HistoryTimeline(string Entity, long RunCount, IReadOnlyList<HistoryChange> Changes);
