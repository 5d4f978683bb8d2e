namespace Tao.Rules;

/// <summary>An entity's verdict for one pack (DESIGN.md §3). DSL spelling in comments.</summary>
public enum Verdict
{
    Ready,         // ready
    NeedsEvidence, // needs-evidence
    AtRisk,        // at-risk
    Blocked,       // blocked
}
