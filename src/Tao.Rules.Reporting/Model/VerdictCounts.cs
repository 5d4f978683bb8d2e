namespace Tao.Rules.Reporting.Model;

/// <summary>How many entities have each verdict.</summary>
public sealed record VerdictCounts(int Ready, int NeedsEvidence, int AtRisk, int Blocked)
{
    public int Total => Ready + NeedsEvidence + AtRisk + Blocked;

    public static VerdictCounts Of(IEnumerable<string> verdicts)
    {
        int ready = 0, needsEvidence = 0, atRisk = 0, blocked = 0;
        foreach (var verdict in verdicts)
        {
            switch (verdict)
            {
                case "ready": ready++; break;
                case "needs-evidence": needsEvidence++; break;
                case "at-risk": atRisk++; break;
                default: blocked++; break;
            }
        }

        return new VerdictCounts(ready, needsEvidence, atRisk, blocked);
    }

    public static VerdictCounts Sum(IEnumerable<VerdictCounts> counts) =>
        counts.Aggregate(new VerdictCounts(0, 0, 0, 0), (a, b) => new VerdictCounts(a.Ready + b.Ready, a.NeedsEvidence + b.NeedsEvidence, a.AtRisk + b.AtRisk, a.Blocked + b.Blocked));
}
