namespace Tao.Rules;

/// <summary>The DSL spelling of the enumerations shared by every layer.</summary>
public static class Keywords
{
    public static string Of(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Blocker => "blocker",
        RuleSeverity.Major => "major",
        RuleSeverity.Minor => "minor",
        _ => "info",
    };

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        Outcome.Unknown => "unknown",
        Outcome.NotApplicable => "not_applicable",
        Outcome.Waived => "waived",
        _ => "error",
    };

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Blocked => "blocked",
        Verdict.AtRisk => "at-risk",
        Verdict.NeedsEvidence => "needs-evidence",
        _ => "ready",
    };

    public static IReadOnlyList<string> Severities { get; } = ["blocker", "major", "minor", "info"];

    public static IReadOnlyList<string> Outcomes { get; } = ["pass", "fail", "unknown", "not_applicable", "waived", "error"];

    public static IReadOnlyList<string> Verdicts { get; } = ["blocked", "at-risk", "needs-evidence", "ready"];

    public static bool TryParseSeverity(string text, out RuleSeverity severity) => TryParse(text, Of, out severity);

    public static bool TryParseOutcome(string text, out Outcome outcome) => TryParse(text, Of, out outcome);

    public static bool TryParseVerdict(string text, out Verdict verdict) => TryParse(text, Of, out verdict);

    private static bool TryParse<T>(string text, Func<T, string> spell, out T value)
        where T : struct, Enum
    {
        foreach (T candidate in Enum.GetValues(typeof(T)))
        {
            if (string.Equals(spell(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
