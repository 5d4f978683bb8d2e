using System.Globalization;
using Tao.Rules.Analysis.Costs;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>TAO4012: a rule whose estimated cost (<see cref="RuleCostEstimator"/>) exceeds <see cref="LintOptions.CostBudget"/>.</summary>
internal sealed class CostBudgetCheck : PackageCheck
{
    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        if (context.Options.CostBudget is not { } budget)
        {
            return;
        }

        foreach (var rule in context.Package.Rules)
        {
            var cost = RuleCostEstimator.Estimate(rule, context.Options);
            if (cost.Total > budget)
            {
                var largest = cost.Breakdown[0];
                diagnostics.Add(
                    DiagnosticCatalog.CostBudgetExceeded,
                    rule.Syntax.Id.Span,
                    rule.Id,
                    cost.Total.ToString(CultureInfo.InvariantCulture),
                    budget.ToString(CultureInfo.InvariantCulture),
                    $"{largest.What} ({largest.Cost.ToString(CultureInfo.InvariantCulture)})");
            }
        }
    }
}
