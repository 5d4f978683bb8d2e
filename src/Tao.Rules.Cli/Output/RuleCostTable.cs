using System.Globalization;
using Tao.Rules.Analysis;
using Tao.Rules.Analysis.Costs;
using Tao.Rules.Binding;

namespace Tao.Rules.Cli.Output;

/// <summary><c>check --costs</c>: each rule's estimated cost and its three largest parts, costliest rules first.</summary>
public static class RuleCostTable
{
    public static void Write(TextWriter writer, IReadOnlyList<BoundPackage> packages, LintOptions options)
    {
        var costs = packages
            .SelectMany(p => RuleCostEstimator.Estimate(p, options).Select(c => (Package: p.Name, Cost: c)))
            .OrderByDescending(r => r.Cost.Total)
            .ThenBy(r => r.Package, StringComparer.Ordinal)
            .ThenBy(r => r.Cost.Rule.Id, StringComparer.Ordinal)
            .ToList();
        var table = new TextTable("package", "rule", "cost", "largest parts");
        foreach (var (package, cost) in costs)
        {
            table.Add(
                package,
                cost.Rule.Id,
                cost.Total.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", cost.Breakdown.Take(3).Select(i => i.What + " " + i.Cost.ToString(CultureInfo.InvariantCulture))));
        }

        writer.WriteLine();
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Estimated rule costs (population {0}, lists of {1}; see docs/cost.md){2}:",
            options.AssumedPopulationSize,
            options.AssumedListLength,
            options.CostBudget is { } budget ? "; budget " + budget.ToString(CultureInfo.InvariantCulture) : string.Empty));
        table.WriteTo(writer);
    }
}
