namespace Tao.Rules.Evaluation;

/// <summary>What <see cref="RuleTestRunner"/> needs besides the pack.</summary>
public sealed class RuleTestOptions
{
    /// <summary>The date for tests without <c>as of</c>; when null, the package's <c>effective</c> start date.</summary>
    public DateTime? AsOf { get; init; }

    public EvaluationEngine Engine { get; init; } = EvaluationEngine.Auto;
}
