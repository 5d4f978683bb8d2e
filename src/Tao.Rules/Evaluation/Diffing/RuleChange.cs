namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// A rule whose outcome for one entity differs between the two sides (or whose severity changed while it counts
/// toward the verdict), with the reasons found. A null outcome means the rule, pack or entity does not exist on that side.
/// </summary>
public sealed record RuleChange(
    string RuleId,
    Outcome? Before,
    Outcome? After,
    RuleSeverity? SeverityBefore,
    RuleSeverity? SeverityAfter,
    IReadOnlyList<ChangeReason> Reasons);
