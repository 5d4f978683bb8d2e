namespace Tao.Rules.Evaluation;

/// <summary>
/// Why a rule came out as it did for one entity, in business words: the rule's <c>because</c> and <c>remedy</c> texts
/// with their holes filled, each comparison evaluated (<see cref="ComparisonTrace"/>), and the missing facts.
/// </summary>
public sealed class Explanation(string summary, string? because, string? remedy, IReadOnlyList<ComparisonTrace> comparisons, IReadOnlyList<string> missing, string? error)
{
    /// <summary>One line: the rule, its title and the outcome (or why it did not apply, or the waiver).</summary>
    public string Summary { get; } = summary;

    /// <summary>The <c>because</c> text with holes filled (a missing value prints as <c>unknown</c>); null when the rule has none.</summary>
    public string? Because { get; } = because;

    /// <summary>The <c>remedy</c> text with holes filled, or null.</summary>
    public string? Remedy { get; } = remedy;

    /// <summary>The comparisons evaluated, in evaluation order (one not reached because of short-circuiting is not listed).</summary>
    public IReadOnlyList<ComparisonTrace> Comparisons { get; } = comparisons;

    /// <summary>The missing facts the conditions needed (<c>asset.market_cap</c>), in first-use order.</summary>
    public IReadOnlyList<string> Missing { get; } = missing;

    /// <summary>For <see cref="Outcome.Error"/>: what went wrong.</summary>
    public string? Error { get; } = error;

    private string? _text;

    /// <summary>The explanation as lines of text: summary, because, each comparison, missing facts, error, remedy.</summary>
    /// <remarks>Made once: a report writes the same explanation into several exports.</remarks>
    public override string ToString() => _text ??= Format();

    private string Format()
    {
        var lines = new List<string> { Summary };
        if (Because is not null)
        {
            lines.Add("  because: " + Because);
        }

        lines.AddRange(Comparisons.Select(c => "  " + c));
        if (Missing.Count > 0)
        {
            lines.Add("  missing: " + string.Join(", ", Missing));
        }

        if (Error is not null)
        {
            lines.Add("  error: " + Error);
        }

        if (Remedy is not null)
        {
            lines.Add("  remedy: " + Remedy);
        }

        return string.Join("\n", lines);
    }
}
