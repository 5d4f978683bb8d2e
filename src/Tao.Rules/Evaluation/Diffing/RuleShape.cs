using Tao.Rules.Binding;
using Tao.Rules.Facts;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;

namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// The clauses of a rule that decide its outcome or its weight in the verdict — when, require, severity, effective —
/// each as normalised text. Two rules compare equal when these print the same: comments, layout, the DSL or YAML
/// spelling, and the title, citation, because and remedy texts do not matter.
/// </summary>
internal sealed class RuleShape
{
    private readonly Dictionary<string, (string Key, string Display)> _clauses = new(StringComparer.Ordinal);

    private RuleShape(BoundRule rule)
    {
        Add("when", rule.Syntax.Clauses.OfType<WhenClauseSyntax>().FirstOrDefault()?.Condition);
        Add("require", rule.Syntax.Clauses.OfType<RequireClauseSyntax>().FirstOrDefault()?.Condition);
        var severity = Keywords.Of(rule.Severity);
        _clauses["severity"] = (severity, severity);
        var effective = Window(rule.Effective);
        _clauses["effective"] = (effective ?? string.Empty, effective ?? "(always)");
    }

    /// <summary>The clause names in the order they are compared and reported.</summary>
    public static IReadOnlyList<string> ClauseNames { get; } = ["when", "require", "severity", "effective"];

    public static RuleShape Of(BoundRule rule) => new(rule);

    /// <summary>A package's effective window as text (<c>2026-01-01</c>, <c>2026-01-01 until 2026-12-31</c>), or null.</summary>
    public static string? Window(BoundEffectiveWindow? window) =>
        window is null ? null : FactDates.Format(window.From) + (window.Until is { } until ? " until " + FactDates.Format(until) : string.Empty);

    /// <summary>The clauses that differ, each as a <see cref="ChangeReasonKind.RuleText"/> reason with both texts.</summary>
    public IEnumerable<ChangeReason> Differences(RuleShape after)
    {
        foreach (var name in ClauseNames)
        {
            var (beforeKey, beforeText) = _clauses.TryGetValue(name, out var b) ? b : (string.Empty, "(none)");
            var (afterKey, afterText) = after._clauses.TryGetValue(name, out var a) ? a : (string.Empty, "(none)");
            if (!string.Equals(beforeKey, afterKey, StringComparison.Ordinal))
            {
                yield return new ChangeReason(ChangeReasonKind.RuleText, name, beforeText, afterText);
            }
        }
    }

    private void Add(string name, ExpressionSyntax? condition)
    {
        if (condition is not null)
        {
            _clauses[name] = (SyntaxPrinter.Print(condition), RuleFormatter.FormatExpression(condition));
        }
    }
}
