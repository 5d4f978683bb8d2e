namespace Tao.Rules.Evaluation.Diffing;

/// <summary>What changed between two evaluations that a rule's outcome for one entity depends on.</summary>
public enum ChangeReasonKind
{
    /// <summary>The pack exists on one side only.</summary>
    PackAdded,

    /// <summary>The pack exists on the before side only.</summary>
    PackRemoved,

    /// <summary>The entity is in the after facts only.</summary>
    EntityAdded,

    /// <summary>The entity is in the before facts only.</summary>
    EntityRemoved,

    /// <summary>The rule exists in the after pack only.</summary>
    RuleAdded,

    /// <summary>The rule exists in the before pack only.</summary>
    RuleRemoved,

    /// <summary>A clause of the rule that decides its outcome or weight (when, require, severity, effective) reads differently.</summary>
    RuleText,

    /// <summary>A <c>let</c> the rule reads (directly or through other lets) is defined differently.</summary>
    Let,

    /// <summary>A <c>param</c> the rule reads has another value (its default changed, or a run overrides it).</summary>
    Param,

    /// <summary>A fact of the entity that the rule reads has another value (or is missing on one side).</summary>
    Fact,

    /// <summary>The evaluation date differs and the rule reads <c>as_of</c> or has an effective window.</summary>
    AsOf,

    /// <summary>A waiver covers the rule and entity on one side only (or a different waiver does).</summary>
    Waiver,

    /// <summary>The rule reads a population aggregate, which other entities' facts move.</summary>
    Population,

    /// <summary>Nothing the rule reads is seen to differ (for example, the engine changed); listed so a change is never silent.</summary>
    Unexplained,
}
