using Tao.Rules.Analysis.Reasoning;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4007: a <c>require</c> that no entity the rule applies to can meet: its conditions contradict each other or the
/// rule's <c>when</c> (<c>x &gt; 10 MUSD and x &lt; 5_000_000 USD</c>, <c>kind in ["a"] and kind == "b"</c>,
/// <c>when x &gt; 5 USD require x &lt; 3 USD</c>). Values are compared in base units within one dimension; enums are
/// limited to their values. The message names a smallest set of conditions that cannot all hold.
/// </summary>
internal sealed class UnsatisfiableRequireCheck : PackageCheck
{
    /// <summary>Explaining looks at most this many conditions; past it the message stays general.</summary>
    private const int MaxExplainedConditions = FormulaBuilder.MaxAtoms;

    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var conditions in context.Conditions)
        {
            var rule = conditions.Rule;
            if (rule.Require is not { } require || conditions.Require is null || ConstantFolder.TryFold(require) is not null)
            {
                // A constant require is TAO4006's.
                continue;
            }

            var when = conditions.When ?? ConstantFormula.True;
            if (SatisfiabilitySolver.Solve(when) != Satisfiability.Satisfiable
                || !SatisfiabilitySolver.IsUnsatisfiable(when, conditions.Require))
            {
                continue;
            }

            diagnostics.Add(DiagnosticCatalog.UnsatisfiableRequire, require.Syntax.Span, Explain(rule));
        }
    }

    /// <summary>A smallest set of the rule's conditions (the conjuncts of its when and require) that cannot all hold.</summary>
    private static string Explain(BoundRule rule)
    {
        var conjuncts = new List<BoundExpression>();
        if (rule.When is not null && ConditionsOf(rule.When) is { } whenConditions)
        {
            conjuncts.AddRange(whenConditions);
        }

        conjuncts.AddRange(Conjuncts.Of(rule.Require!));
        if (conjuncts.Count > MaxExplainedConditions)
        {
            return "its conditions cannot all hold";
        }

        var formulas = conjuncts.Select(c => FormulaBuilder.Build(c) ?? ConstantFormula.True).ToList();

        // The first prefix that cannot hold ends with a condition of the core; then drop every other condition that
        // the contradiction does not need.
        var end = 0;
        while (end < formulas.Count && !SatisfiabilitySolver.IsUnsatisfiable(formulas.Take(end + 1).ToArray()))
        {
            end++;
        }

        if (end == formulas.Count)
        {
            return "its conditions cannot all hold";
        }

        var core = Enumerable.Range(0, end + 1).ToList();
        for (var k = core.Count - 2; k >= 0; k--)
        {
            var without = core.Where((_, index) => index != k).ToList();
            if (SatisfiabilitySolver.IsUnsatisfiable(without.Select(i => formulas[i]).ToArray()))
            {
                core = without;
            }
        }

        var texts = core.Select(i => "'" + conjuncts[i].Syntax.Span + "'").ToList();
        return texts.Count switch
        {
            1 when conjuncts[core[0]] is BoundBetweenExpression => texts[0] + " is empty",
            1 => texts[0] + " can never hold",
            2 => texts[0] + " and " + texts[1] + " cannot both hold",
            _ => string.Join(", ", texts.Take(texts.Count - 1)) + " and " + texts[texts.Count - 1] + " cannot all hold",
        };

        static IReadOnlyList<BoundExpression>? ConditionsOf(BoundExpression when) =>
            ConstantFolder.TryFold(when) is null ? Conjuncts.Of(when) : null;
    }
}
