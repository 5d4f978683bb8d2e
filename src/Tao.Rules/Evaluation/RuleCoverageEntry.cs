using Tao.Rules.Text;

namespace Tao.Rules.Evaluation;

/// <summary>
/// Which behaviours of one rule the tests exercised, over every entity of every test (not only those with an
/// <c>expect</c>): a pass, a fail, and for a rule with <c>when</c>, the condition true and false.
/// </summary>
public sealed record RuleCoverageEntry(string RuleId, Location Location, bool PassSeen, bool FailSeen, bool HasWhen, bool WhenTrueSeen, bool WhenFalseSeen)
{
    /// <summary>2 (pass, fail), plus 2 (when true, when false) for a rule with <c>when</c>.</summary>
    public int Branches => HasWhen ? 4 : 2;

    public int CoveredBranches => (PassSeen ? 1 : 0) + (FailSeen ? 1 : 0) + (HasWhen ? (WhenTrueSeen ? 1 : 0) + (WhenFalseSeen ? 1 : 0) : 0);

    /// <summary>What was never exercised, in words: <c>never failed</c>, <c>'when' never false</c>.</summary>
    public IReadOnlyList<string> Gaps
    {
        get
        {
            var gaps = new List<string>();
            if (!PassSeen)
            {
                gaps.Add("never passed");
            }

            if (!FailSeen)
            {
                gaps.Add("never failed");
            }

            if (HasWhen && !WhenTrueSeen)
            {
                gaps.Add("'when' never true");
            }

            if (HasWhen && !WhenFalseSeen)
            {
                gaps.Add("'when' never false");
            }

            return gaps;
        }
    }
}
