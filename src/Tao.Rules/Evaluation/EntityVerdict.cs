namespace Tao.Rules.Evaluation;

/// <summary>An entity's verdict for one pack (DESIGN.md §3; see docs/evaluation.md for how error outcomes count).</summary>
public sealed record EntityVerdict(string Entity, string Pack, Verdict Verdict);
