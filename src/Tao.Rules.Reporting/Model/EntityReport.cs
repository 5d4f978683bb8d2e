namespace Tao.Rules.Reporting.Model;

/// <summary>One entity's result for one pack.</summary>
/// <param name="Key">The entity's key (<c>BTC</c>, <c>7</c>).</param>
/// <param name="Name">The entity's <c>name</c> fact when it has one, else null.</param>
/// <param name="Verdict"><c>ready</c>, <c>needs-evidence</c>, <c>at-risk</c> or <c>blocked</c>.</param>
/// <param name="Outcomes">One outcome per rule, in the pack's rule order.</param>
/// <param name="Derived">The entity's <c>let</c> values, in declaration order.</param>
/// <param name="Index">The position in fact-file order, from 0 (the matrix row).</param>
public sealed record EntityReport(string Key, string? Name, string Verdict, IReadOnlyList<OutcomeReport> Outcomes, IReadOnlyList<DerivedReport> Derived, int Index)
{
    /// <summary>The name to show: the <c>name</c> fact, else the key.</summary>
    public string Label => Name ?? Key;
}

/// <summary>One <c>let</c> value of an entity.</summary>
/// <param name="Name">The let's name.</param>
/// <param name="Text">The value as explanations print it (<c>95 %</c>, <c>unknown</c>).</param>
/// <param name="Number">The value as a number in its display unit, when it is one; else null.</param>
/// <param name="Unit">The display unit symbol, or null.</param>
public sealed record DerivedReport(string Name, string Text, double? Number, string? Unit);
