using Tao.Rules.Evaluation;

namespace Tao.Rules.Reporting.Exports;

/// <summary>The spellings of outcomes, severities and verdicts in every output format: the DSL's, lower case.</summary>
public static class OutputNames
{
    public static string Of(Outcome outcome) => EvaluationResult.OutcomeText(outcome);

    public static string Of(Verdict verdict) => EvaluationResult.VerdictText(verdict);

    public static string Of(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Blocker => "blocker",
        RuleSeverity.Major => "major",
        RuleSeverity.Minor => "minor",
        _ => "info",
    };

    /// <summary>The one-line reason shown in tables: the because text, the missing facts, the error or the waiver.</summary>
    public static string Detail(RuleResult result) => result.Outcome switch
    {
        Outcome.Unknown => "missing: " + string.Join(", ", result.Missing),
        Outcome.Error => "error: " + result.Error,
        Outcome.Waived when result.Waiver is { } waiver =>
            $"waived until {Tao.Rules.Facts.FactDates.Format(waiver.Expires)} by {waiver.ApprovedBy}: {waiver.Reason}",
        Outcome.Fail => result.Explanation?.Because ?? result.Explanation?.Comparisons.FirstOrDefault()?.ToString() ?? string.Empty,
        _ => string.Empty,
    };
}
