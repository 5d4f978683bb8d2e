using Tao.Rules.Evaluation;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Population aggregates over fields and lets: the TaoFlow emission share against hand-computed numbers, and rank.</summary>
public sealed class PopulationTests
{
    private const string TaoFlow = """
        package tao.emission
          applies to subnet

        param cutoff = -1 TAO/block

        let floor = max(cutoff, min(min(all subnet.ema_tao_flow), 0 TAO/block))
        let z = max(subnet.ema_tao_flow - floor, 0 TAO/block)
        let share = z / sum(all z)

        rule SHARE-01 "Receives emission"
          severity info
          require share > 0
        """;

    private static Dictionary<string, double> Shares(EvaluationResult result) =>
        result.Derived().Where(d => d.Name == "share").ToDictionary(d => d.Entity, d => (double)d.Value!);

    [Fact]
    public void The_share_matches_hand_computed_numbers_with_a_negative_flow_above_the_cutoff()
    {
        // S = [3, 1, -0.5, 0]; min S = -0.5; L = max(-1, min(-0.5, 0)) = -0.5; z = [3.5, 1.5, 0, 0.5]; Σz = 5.5.
        var result = EvaluateBoth(TaoFlow, """
            as_of: 2026-01-09
            entities:
              - { netuid: 1, ema_tao_flow: 3 }
              - { netuid: 2, ema_tao_flow: 1 }
              - { netuid: 3, ema_tao_flow: -0.5 }
              - { netuid: 4, ema_tao_flow: 0 }
            """);
        var shares = Shares(result);
        Assert.Equal(3.5 / 5.5, shares["1"], 12);
        Assert.Equal(1.5 / 5.5, shares["2"], 12);
        Assert.Equal(0, shares["3"], 12);
        Assert.Equal(0.5 / 5.5, shares["4"], 12);
        Assert.Equal(1, shares.Values.Sum(), 12);
        Assert.Equal(["1 SHARE-01 pass", "2 SHARE-01 pass", "3 SHARE-01 fail", "4 SHARE-01 pass"], Outcomes(result));
        Assert.All(result.Derived().Where(d => d.Name == "floor"), d => Assert.Equal(-0.5, (double)d.Value!, 12));
        Assert.All(result.Derived().Where(d => d.Name == "floor"), d => Assert.Equal("TAO/block", d.Unit));
    }

    [Fact]
    public void The_cutoff_bounds_the_floor_when_a_flow_is_below_it()
    {
        // S = [3, 1, -2, 0]; min S = -2; L = max(-1, -2) = -1; z = [4, 2, 0, 1]; Σz = 7.
        var result = EvaluateBoth(TaoFlow, """
            as_of: 2026-01-09
            entities:
              - { netuid: 1, ema_tao_flow: 3 }
              - { netuid: 2, ema_tao_flow: 1 }
              - { netuid: 3, ema_tao_flow: -2 }
              - { netuid: 4, ema_tao_flow: 0 }
            """);
        var shares = Shares(result);
        Assert.Equal(4.0 / 7, shares["1"], 12);
        Assert.Equal(2.0 / 7, shares["2"], 12);
        Assert.Equal(0, shares["3"], 12);
        Assert.Equal(1.0 / 7, shares["4"], 12);
    }

    [Fact]
    public void All_zero_flows_divide_by_zero_and_every_share_is_an_error()
    {
        // S = [0, 0]; L = 0; z = [0, 0]; Σz = 0: no share is defined, and the rules say so rather than guess.
        var result = EvaluateBoth(TaoFlow, """
            as_of: 2026-01-09
            entities:
              - { netuid: 1, ema_tao_flow: 0 }
              - { netuid: 2, ema_tao_flow: 0 }
            """);
        Assert.Equal(["1 SHARE-01 error", "2 SHARE-01 error"], Outcomes(result));
        Assert.Equal("let share: division by zero", result.GetResult(0, 0).Error);
        var share = result.Derived().First(d => d.Name == "share");
        Assert.Null(share.Value);
        Assert.Equal("let share: division by zero", share.Error);
    }

    [Fact]
    public void A_missing_member_makes_the_aggregate_unknown_unless_filtered_out()
    {
        const string Facts = """
            as_of: 2026-01-09
            entities:
              - { netuid: 1, ema_tao_flow: 3, tao_in: 10 }
              - { netuid: 2, tao_in: 20 }
              - { netuid: 3, ema_tao_flow: 1, tao_in: 30 }
            """;
        var result = EvaluateBoth("""
            package p
              applies to subnet
            let total = sum(all subnet.ema_tao_flow)
            let known_total = sum(all subnet.ema_tao_flow where has(subnet.ema_tao_flow))
            let positive = count(all subnet where subnet.ema_tao_flow > 0 TAO/block)
            rule P-01 "total"
              require total > 0 TAO/block
            rule P-02 "known total"
              require known_total == 4 TAO/block
            rule P-03 "average reserve"
              require avg(all subnet.tao_in) == 20 TAO and min(all subnet.tao_in) == 10 TAO and max(all subnet.tao_in) == 30 TAO
            """, Facts);
        Assert.Equal(
            [
                "1 P-01 unknown", "1 P-02 pass", "1 P-03 pass",
                "2 P-01 unknown", "2 P-02 pass", "2 P-03 pass",
                "3 P-01 unknown", "3 P-02 pass", "3 P-03 pass",
            ],
            Outcomes(result));
        Assert.Equal(["subnet.ema_tao_flow of subnet 2 (needed by sum(all subnet.ema_tao_flow))"], result.GetResult(0, 0).Missing);
        Assert.Equal(["2", "2", "2"], result.Derived().Where(d => d.Name == "positive").Select(d => d.Text));
    }

    [Fact]
    public void Rank_is_one_for_the_highest_and_ties_share_a_rank()
    {
        var result = EvaluateBoth("""
            package r
              applies to subnet
            let position = rank(all subnet.market_cap)
            let among_positive = rank(all subnet.market_cap where subnet.market_cap > 0 TAO, subnet.market_cap)
            rule R-01 "top two"
              require rank(all subnet.market_cap) <= 2
            """, """
            as_of: 2026-01-09
            entities:
              - { netuid: 1, market_cap: 50 }
              - { netuid: 2, market_cap: 80 }
              - { netuid: 3, market_cap: 50 }
              - { netuid: 4, market_cap: 10 }
              - { netuid: 5, market_cap: 0 }
            """);
        Assert.Equal(
            ["1 2", "2 1", "3 2", "4 4", "5 5"],
            result.Derived().Where(d => d.Name == "position").Select(d => $"{d.Entity} {d.Text}"));
        Assert.Equal(
            ["1 2", "2 1", "3 2", "4 4", "5 5"],
            result.Derived().Where(d => d.Name == "among_positive").Select(d => $"{d.Entity} {d.Text}"));
        Assert.Equal(["1 R-01 pass", "2 R-01 pass", "3 R-01 pass", "4 R-01 fail", "5 R-01 fail"], Outcomes(result));
    }

    [Fact]
    public void Min_and_max_of_no_member_are_unknown_and_sum_and_count_are_zero()
    {
        var result = EvaluateBoth("""
            package e
              applies to subnet
            rule E-01 "min"
              require min(all subnet.tao_in where subnet.tao_in > 100 TAO) > 0 TAO
            rule E-02 "sum"
              require sum(all subnet.tao_in where subnet.tao_in > 100 TAO) == 0 TAO
            rule E-03 "count"
              require count(all subnet where subnet.tao_in > 100 TAO) == 0
            """, "as_of: 2026-01-09\nentities:\n  - { netuid: 1, tao_in: 5 }\n");
        Assert.Equal(["1 E-01 unknown", "1 E-02 pass", "1 E-03 pass"], Outcomes(result));
        Assert.Equal(["no subnet is selected by min(all subnet.tao_in where subnet.tao_in > 100 TAO)"], result.GetResult(0, 0).Missing);
    }
}
