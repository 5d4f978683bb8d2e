using Tao.Rules.Analysis;
using Tao.Rules.Analysis.Costs;
using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Analysis;

/// <summary>The static cost model of docs/cost.md, item by item, and TAO4012 above a budget.</summary>
public sealed class RuleCostTests
{
    private static string Rule(string require, string? when = null) =>
        "rule R-01 \"r\"\n  severity major\n  cite \"c\"\n" + (when is null ? string.Empty : $"  when {when}\n") + $"  require {require}\n  because \"b\"\n";

    private static string[] Items(string body, LintOptions? options = null, string kind = "asset")
    {
        var (package, diagnostics) = Bind(Pack(body, kind));
        Assert.Empty(Lines(diagnostics));
        var cost = RuleCostEstimator.Estimate(package.Rules.Single(), options);
        return [.. cost.Breakdown.Select(i => $"{i.What}: {i.Cost}"), $"total: {cost.Total}"];
    }

    [Fact]
    public void Every_node_costs_one()
    {
        Assert.Equal(["require: 3", "total: 3"], Items(Rule("asset.audit_count >= 1")));
    }

    [Fact]
    public void A_let_is_its_own_item_counted_once()
    {
        Assert.Equal(
            ["require: 7", "let a: 3", "when: 1", "total: 11"],
            Items("let a = asset.audit_count + 1\n" + Rule("a >= 2 and a <= 9", when: "asset.isg_market")));
    }

    [Fact]
    public void Lists_cost_their_length()
    {
        // A list field holds the assumed length (10, or as configured); a literal its own count.
        Assert.Equal(["require: 32", "total: 32"], Items(Rule("any(asset.whitepaper_sections, s => s == \"risks\")")));
        Assert.Equal(["require: 14", "total: 14"], Items(Rule("any(asset.whitepaper_sections, s => s == \"risks\")"), new LintOptions { AssumedListLength = 4 }));
        Assert.Equal(["require: 30", "total: 30"], Items(Rule("all([\"a\", \"b\"], s => s in asset.whitepaper_sections)")));

        // A list param's default gives the length (1 for the call, 1 for the param, 2 × 13 for the body).
        Assert.Equal(["require: 28", "total: 28"], Items("param needed = [\"a\", \"b\"]\n" + Rule("all(needed, s => s in asset.whitepaper_sections)")));
    }

    [Fact]
    public void Population_aggregates_visit_the_assumed_population_and_rank_sorts_it()
    {
        var options = new LintOptions { AssumedPopulationSize = 128 };
        Assert.Equal(
            ["rank(all …) at line 6: 1024", "require: 3", "total: 1027"],
            Items(Rule("rank(all subnet.market_cap) <= 3"), options, "subnet"));

        // The lets a filter reads are computed for every member (100 × (1 + 1 + 3)), not charged per entity.
        Assert.Equal(
            ["sum(all …) at line 7: 500", "require: 3", "total: 503"],
            Items("let big = subnet.market_cap > 10 TAO\n" + Rule("sum(all subnet.market_cap where big) > 5 TAO"), new LintOptions { AssumedPopulationSize = 100 }, "subnet"));
    }

    [Fact]
    public void TAO4012_reports_a_rule_over_the_budget_only_when_a_budget_is_set()
    {
        var source = Pack(Rule("any(asset.whitepaper_sections, s => s == \"risks\")") + "test \"t\"\n  given asset { symbol: \"A\" }\n  expect R-01 fail\n");
        var (package, _) = Bind(source);
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        RuleLinter.Lint(package, diagnostics, new LintOptions { CostBudget = 31 });
        Assert.Equal(
            ["(3,6): TAO4012: rule 'R-01' has an estimated cost of 32, over the budget of 31; most of it is require (32)"],
            Lines(diagnostics.ToSortedList().Where(d => d.Id == "TAO4012")));

        diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        RuleLinter.Lint(package, diagnostics, new LintOptions { CostBudget = 32 });
        Assert.DoesNotContain(diagnostics, d => d.Id == "TAO4012");
        Assert.Empty(Lint(source, "TAO4012"));
    }

    [Fact]
    public void Options_from_configuration_keys()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tao_rules.cost_budget"] = "2500",
            ["tao_rules.assumed_population"] = "64",
            ["tao_rules.assumed_list_length"] = "zero",
        };
        var problems = new List<string>();
        var options = LintOptions.FromConfiguration(key => values.TryGetValue(key, out var v) ? v : null, problems);

        Assert.Equal(2500, options.CostBudget);
        Assert.Equal(64, options.AssumedPopulationSize);
        Assert.Equal(10, options.AssumedListLength);
        Assert.Equal(["'tao_rules.assumed_list_length = zero' is not a positive number; the default is used"], problems);
        Assert.Null(LintOptions.FromConfiguration(_ => null).CostBudget);
    }
}
