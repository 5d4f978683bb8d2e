using Tao.Rules.Binding;
using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Binding;

/// <summary>Population aggregates, TAO3009, and the stages an evaluator computes them in.</summary>
public sealed class PopulationTests
{
    private const string Rule = "rule R-01 \"r\"\n  require x\n";

    [Fact]
    public void TAO3009_all_outside_an_aggregate()
    {
        Assert.Equal(
            ["(3,9): TAO3009: 'all …' selects a population and may only stand as the first argument of an aggregate such as sum, min, max, avg, count or rank"],
            BindBody("let x = all subnet.tao_in > 1 TAO\n" + Rule, kind: "subnet"));
        Assert.Equal(
            ["(3,13): TAO3009: 'all …' selects a population and may only stand as the first argument of an aggregate such as sum, min, max, avg, count or rank"],
            BindBody("let x = abs(all subnet.tao_in) > 1 TAO\n" + Rule, kind: "subnet"));
    }

    [Fact]
    public void TAO3009_aggregates_take_a_population()
    {
        Assert.Empty(BindBody(
            "let x = sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO/block) > 0 TAO/block and count(all subnet) > 1 and count(all subnet where subnet.miner_burned) >= 0\n"
            + "  and rank(all subnet.market_cap) <= 10 and rank(all subnet.market_cap where subnet.subtoken_enabled, subnet.market_cap) <= 10\n"
            + Rule,
            kind: "subnet"));
    }

    [Fact]
    public void Aggregates_are_marked_population_level_with_member_scoped_selectors()
    {
        var (package, diagnostics) = Bind(Pack("let total = sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO/block)\nlet x = subnet.ema_tao_flow / total > 0.1\n" + Rule, kind: "subnet"));
        Assert.Empty(Lines(diagnostics));
        var aggregate = Assert.Single(package.Aggregates);
        Assert.True(aggregate.IsPopulationLevel);
        Assert.Equal(AggregateKind.Sum, aggregate.Aggregate);
        Assert.Equal("TAO/block", aggregate.Type.Unit.Symbol);
        Assert.Equal("ema_tao_flow", Assert.IsType<BoundFieldAccess>(aggregate.Selector).Field.Name);
        Assert.NotNull(aggregate.Filter);
        Assert.Equal(1, aggregate.Stage);
        Assert.Equal([1, 1], package.Lets.Select(l => l.Stage));
    }

    [Fact]
    public void Taoflow_share_is_expressible_and_staged()
    {
        // L = max(cutoff, min(min_i S_i, 0)); z_i = max(S_i - L, 0); share_i = z_i / sum_j z_j.
        var (package, diagnostics) = Bind(Pack(
            "param cutoff = -1 TAO/block\n"
            + "let floor = max(cutoff, min(min(all subnet.ema_tao_flow), 0 TAO/block))\n"
            + "let z = max(subnet.ema_tao_flow - floor, 0 TAO/block)\n"
            + "let share = z / sum(all z)\n"
            + "let x = share > 0.01\n" + Rule,
            kind: "subnet"));
        Assert.Empty(Lines(diagnostics));
        Assert.Equal(["floor", "z", "share", "x"], package.Lets.Select(l => l.Name));
        Assert.Equal([1, 1, 2, 2], package.Lets.Select(l => l.Stage));
        Assert.Equal([AggregateKind.Min, AggregateKind.Sum], package.Aggregates.Select(a => a.Aggregate));
        Assert.Equal([1, 2], package.Aggregates.Select(a => a.Stage));
        Assert.True(package.Lets.Single(l => l.Name == "share").Type.Unit.IsNone);
    }

    [Fact]
    public void TAO3002_sum_needs_numbers_and_only_count_takes_the_kind()
    {
        Assert.Equal(
            ["(3,17): TAO3002: 'sum' needs a Number for each member, but this is String"],
            BindBody("let x = sum(all subnet.name) > 1\n" + Rule, kind: "subnet"));
        Assert.Equal(
            ["(3,17): TAO3002: only 'count' can take the entity kind itself; select a value such as all subnet.FIELD"],
            BindBody("let x = sum(all subnet) > 1\n" + Rule, kind: "subnet"));
    }

    [Fact]
    public void TAO3013_lambda_parameter_inside_a_population()
    {
        Assert.Equal(
            ["(3,75): TAO3013: the lambda parameter 'v' cannot be used inside 'all …': a population aggregate is computed once for every entity, not per element"],
            BindBody("let x = any([1 TAO], v => v < sum(all subnet.tao_in where subnet.tao_in > v))\n" + Rule, kind: "subnet"));
    }

    [Fact]
    public void TAO3006_an_aggregate_over_the_let_itself_is_a_cycle()
    {
        Assert.Equal(["(3,5): TAO3006: 'let z' depends on itself: z -> z"], BindBody("let z = subnet.tao_in / sum(all z)\nlet x = z > 0\n" + Rule, kind: "subnet"));
    }
}
