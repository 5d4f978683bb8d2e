using Tao.Rules.Binding;

namespace Tao.Rules.Analysis;

/// <summary>Whether two rules can be in force on the same day (their <c>effective</c> windows overlap).</summary>
internal static class RuleWindows
{
    public static bool Overlap(BoundRule a, BoundRule b)
    {
        if (a.Effective is null || b.Effective is null)
        {
            return true;
        }

        return a.Effective.From <= (b.Effective.Until ?? DateTime.MaxValue) && b.Effective.From <= (a.Effective.Until ?? DateTime.MaxValue);
    }

    /// <summary>The 1-based line of a rule's id, for messages that point from one rule to another.</summary>
    public static int Line(BoundRule rule) => rule.Syntax.Id.Span.GetLocation().StartPosition.Line;
}
