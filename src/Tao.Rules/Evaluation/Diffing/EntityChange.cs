namespace Tao.Rules.Evaluation.Diffing;

/// <summary>One entity whose verdict or rule outcomes for one pack differ between the two sides.</summary>
/// <param name="Pack">The package name.</param>
/// <param name="Entity">The entity's key.</param>
/// <param name="Before">The verdict before; null when the pack or entity did not exist.</param>
/// <param name="After">The verdict after; null when the pack or entity does not exist.</param>
/// <param name="Rules">The rules whose outcome changed, ordered by rule id (ordinal).</param>
public sealed record EntityChange(string Pack, string Entity, Verdict? Before, Verdict? After, IReadOnlyList<RuleChange> Rules)
{
    /// <summary>True when the verdict differs (including a pack or entity that exists on one side only).</summary>
    public bool VerdictChanged => Before != After;
}
