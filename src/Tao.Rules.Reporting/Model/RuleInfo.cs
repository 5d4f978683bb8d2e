namespace Tao.Rules.Reporting.Model;

/// <summary>A rule of a pack, as declared.</summary>
/// <param name="Id">The rule id (<c>JP-GL-01</c>).</param>
/// <param name="Title">The rule title, or null.</param>
/// <param name="Severity"><c>blocker</c>, <c>major</c>, <c>minor</c> or <c>info</c>.</param>
/// <param name="Citation">The <c>cite</c> text, or null.</param>
/// <param name="Tags">The rule's tags.</param>
/// <param name="Index">The position in declaration order, from 0 (the matrix column).</param>
public sealed record RuleInfo(string Id, string? Title, string Severity, string? Citation, IReadOnlyList<string> Tags, int Index)
{
    /// <summary>How many entities had each outcome for this rule (a template need not loop over every entity to count).</summary>
    public OutcomeCounts Counts { get; init; } = OutcomeCounts.Of([]);
}
