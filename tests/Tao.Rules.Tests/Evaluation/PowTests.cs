using Tao.Rules.Evaluation;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary><c>pow</c>: the value, unknown operands, and undefined powers, from both engines.</summary>
public sealed class PowTests
{
    private const string Pack = """
        package demo.pow
          applies to asset

        param exponent = 2

        let squared = pow(asset.circulating_supply / asset.max_supply, exponent)

        rule POW-01 "Squared supply ratio"
          severity minor
          require squared > 0.25
          because "{squared}"

        rule POW-02 "Root of a ratio"
          severity minor
          require pow(asset.circulating_supply / asset.max_supply - 1, 0.5) >= 0
          because "root"
        """;

    private const string Facts = """
        as_of: 2026-01-09
        entities:
          - { symbol: BTC, circulating_supply: 18, max_supply: 20 }
          - { symbol: LOW, circulating_supply: 4, max_supply: 10 }
          - { symbol: NEW }
          - { symbol: OVER, circulating_supply: 30, max_supply: 20 }
        """;

    [Fact]
    public void Pow_computes_keeps_unknown_unknown_and_reports_an_undefined_power_as_an_error()
    {
        var result = EvaluateBoth(Pack, Facts);

        Assert.Equal(
            [
                "BTC POW-01 pass", "BTC POW-02 error",
                "LOW POW-01 fail", "LOW POW-02 error",
                "NEW POW-01 unknown", "NEW POW-02 unknown",
                "OVER POW-01 pass", "OVER POW-02 pass",
            ],
            Outcomes(result));
        Assert.Equal(0.81, (double)result.Derived().Single(d => d is { Entity: "BTC", Name: "squared" }).Value!, 12);
        Assert.Contains("negative base with a fractional exponent", ResultOf(result, "BTC", "POW-02").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pow_of_an_unknown_base_to_the_power_zero_stays_unknown()
    {
        Assert.True(double.IsNaN(RuntimeOps.Pow(double.NaN, 0)));
        Assert.True(double.IsNaN(RuntimeOps.Pow(1, double.NaN)));
        Assert.Equal(1, RuntimeOps.Pow(0, 0));
        Assert.Throws<RuleEvaluationException>(() => RuntimeOps.Pow(0, -1));
    }
}
