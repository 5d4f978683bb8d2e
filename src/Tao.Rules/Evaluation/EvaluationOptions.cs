using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>What one evaluation needs besides the facts. Immutable; one instance may serve many evaluations.</summary>
public sealed class EvaluationOptions
{
    /// <summary>
    /// The evaluation date (<c>as_of</c> in rules, waiver expiry, effective windows). When null, the fact table's
    /// <see cref="FactTable.AsOf"/> is used; when that is null too, evaluation stops with TAO6013. Never the clock.
    /// </summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Param overrides; those naming another package are ignored by this pack.</summary>
    public IReadOnlyList<ParamOverride> Params { get; init; } = [];

    /// <summary>Waivers (<see cref="WaiverFileReader"/>); those naming rules this pack lacks are ignored by it.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    public EvaluationEngine Engine { get; init; } = EvaluationEngine.Auto;

    public static EvaluationOptions Default { get; } = new();
}
