namespace Tao.Rules.Evaluation;

/// <summary>The coverage of a pack's rules by its tests.</summary>
public sealed class RuleCoverage(IReadOnlyList<RuleCoverageEntry> rules)
{
    public IReadOnlyList<RuleCoverageEntry> Rules { get; } = rules;

    public int Branches => Rules.Sum(r => r.Branches);

    public int CoveredBranches => Rules.Sum(r => r.CoveredBranches);

    /// <summary>Covered branches in percent (100 for a pack without rules); compare with <c>--threshold N</c>.</summary>
    public double Percent => Branches == 0 ? 100 : 100.0 * CoveredBranches / Branches;
}
