using Tao.Rules.Analysis.Reasoning;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4006: a <c>when</c> or <c>require</c> whose value never depends on the facts. Either it is a constant
/// (<c>require 1 &lt; 2</c>, <c>when x or true</c>), or it holds (or fails) for every entity whose facts it reads are
/// known: <c>b or not b</c>, <c>x &gt; 5 or x &lt;= 5</c>, <c>x in [every enum value]</c>, a <c>require</c> its own
/// <c>when</c> already implies. A missing fact makes such a condition unknown, never true or false, so the second kind
/// says "whenever its facts are known". Params do not count as constants: a run may override them. A <c>require</c>
/// that can never hold is TAO4007's.
/// </summary>
internal sealed class ConstantConditionCheck : PackageCheck
{
    private const string WheneverKnown = " whenever its facts are known";

    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var conditions in context.Conditions)
        {
            var rule = conditions.Rule;
            var whenIsConstant = ReportConstant(rule.When, "when", diagnostics);
            var requireIsConstant = ReportConstant(rule.Require, "require", diagnostics);
            var when = conditions.When;
            if (when is null)
            {
                continue;
            }

            if (SatisfiabilitySolver.Solve(when) != Satisfiability.Satisfiable)
            {
                // A when that never holds leaves nothing to say about the require.
                if (rule.When is not null && !whenIsConstant && SatisfiabilitySolver.IsUnsatisfiable(when))
                {
                    Add(diagnostics, rule.When, "when", "false" + WheneverKnown, "; the rule never applies");
                }

                continue;
            }

            if (rule.When is not null && !whenIsConstant && SatisfiabilitySolver.IsUnsatisfiable(when.Negate()))
            {
                Add(diagnostics, rule.When, "when", "true" + WheneverKnown, "; the rule applies to every entity whose facts are known");
            }

            if (rule.Require is not null && !requireIsConstant && conditions.Require is { } require
                && SatisfiabilitySolver.IsUnsatisfiable(when, require.Negate()))
            {
                var where = rule.When is null || whenIsConstant ? string.Empty : " where its 'when' holds";
                Add(diagnostics, rule.Require, "require", "true" + WheneverKnown, "; the rule can never fail" + where);
            }
        }
    }

    /// <summary>Reports a condition that folds to a constant; true when it did.</summary>
    private static bool ReportConstant(BoundExpression? condition, string clause, DiagnosticBag diagnostics)
    {
        if (condition is null || condition.Type.IsError || ConstantFolder.TryFold(condition) is not { Kind: TypeKind.Bool } value)
        {
            return false;
        }

        var consequence = (clause, value.Boolean) switch
        {
            ("when", true) => "; the rule always applies, so drop the 'when'",
            ("when", false) => "; the rule never applies",
            (_, true) => "; the rule can never fail",
            _ => "; the rule always fails",
        };
        Add(diagnostics, condition, clause, value.Boolean ? "true" : "false", consequence);
        return true;
    }

    private static void Add(DiagnosticBag diagnostics, BoundExpression condition, string clause, string value, string consequence) =>
        diagnostics.Add(DiagnosticCatalog.ConstantCondition, condition.Syntax.Span, clause, value, consequence);
}
