using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>A rule's <c>when</c> and <c>require</c> as formulas, for the checks that reason about them.</summary>
internal sealed class RuleConditions
{
    private RuleConditions(BoundRule rule, Formula? when, Formula? require, string? key)
    {
        Rule = rule;
        When = when;
        Require = require;
        Key = key;
    }

    public BoundRule Rule { get; }

    /// <summary>The <c>when</c> (<see cref="ConstantFormula.True"/> when absent); null when it cannot be analysed.</summary>
    public Formula? When { get; }

    /// <summary>The <c>require</c>; null when it is absent or cannot be analysed.</summary>
    public Formula? Require { get; }

    /// <summary>
    /// The normalised <c>when</c> and <c>require</c> (<see cref="ExpressionKey"/>): equal keys mean equal outcomes. Null
    /// when the rule has no require or a binding error.
    /// </summary>
    public string? Key { get; }

    /// <summary>Both clauses can be reasoned about.</summary>
    public bool IsAnalysable => When is not null && Require is not null;

    public static RuleConditions Of(BoundRule rule)
    {
        var hasError = (rule.When is not null && ErrorFinder.HasError(rule.When)) || (rule.Require is not null && ErrorFinder.HasError(rule.Require));
        var key = rule.Require is null || hasError
            ? null
            : (rule.When is null ? string.Empty : ExpressionKey.Of(rule.When)) + "\n" + ExpressionKey.Of(rule.Require);
        return new(
            rule,
            rule.When is null ? ConstantFormula.True : FormulaBuilder.Build(rule.When),
            rule.Require is null ? null : FormulaBuilder.Build(rule.Require),
            key);
    }
}
