namespace Tao.Rules.History;

/// <summary>One entity's outcome of every rule of one pack (in <see cref="PackRecord.Rules"/> order) and its verdict.</summary>
public sealed record EntityOutcomes(string Entity, string Pack, Verdict Verdict, IReadOnlyList<Outcome> Outcomes);
