using Tao.Rules.Evaluation;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Running a pack's test blocks: expectations (TAO7001 when not met) and coverage.</summary>
public sealed class RuleTestRunnerTests
{
    private const string Pack = """
        package demo.checks
          applies to asset

        rule PRIV-01 "No privacy features"
          severity blocker
          require not asset.has_privacy_feature

        rule GL-01 "Enough handlers"
          severity major
          when asset.asset_type != "security"
          require asset.domestic_handler_count >= 3

        test "a privacy coin is blocked"
          given asset { symbol: "XMR", has_privacy_feature: true, asset_type: "native", domestic_handler_count: 0 }
          given asset { symbol: "BTC", has_privacy_feature: false, asset_type: "native", domestic_handler_count: 30 }
          as of 2026-01-09
          expect PRIV-01 fail
          expect PRIV-01 pass for "BTC"
          expect verdict blocked
          expect verdict ready for "BTC"

        test "wrong expectations"
          given asset { symbol: "XMR", has_privacy_feature: true }
          as of 2026-01-09
          expect PRIV-01 pass
          expect GL-01 pass
          expect verdict ready
        """;

    [Fact]
    public void Expectations_pass_and_fail_with_TAO7001()
    {
        var report = RuleTestRunner.Run(Compile(Pack));
        Assert.Equal("demo.checks", report.Pack);
        Assert.Equal(["a privacy coin is blocked", "wrong expectations"], report.Tests.Select(t => t.Name));
        Assert.True(report.Tests[0].Passed);
        Assert.False(report.Tests[1].Passed);
        Assert.False(report.Passed);
        Assert.Equal((1, 1), (report.PassedCount, report.FailedCount));
        Assert.Equal(
            ["PRIV-01 fail for XMR", "PRIV-01 pass for BTC", "verdict blocked for XMR", "verdict ready for BTC"],
            report.Tests[0].Expectations.Select(e => e.Text));
        Assert.Equal(
            [
                "test.rules(25,3): error TAO7001: test \"wrong expectations\": expected PRIV-01 to be pass for XMR, but it is fail",
                "test.rules(26,3): error TAO7001: test \"wrong expectations\": expected GL-01 to be pass for XMR, but it is unknown (missing: asset.asset_type, asset.domestic_handler_count)",
                "test.rules(27,3): error TAO7001: test \"wrong expectations\": expected the verdict ready for XMR, but it is blocked",
            ],
            report.Diagnostics.Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void Coverage_names_what_was_never_exercised()
    {
        var report = RuleTestRunner.Run(Compile(Pack));
        var coverage = report.Coverage;
        Assert.Equal(["PRIV-01", "GL-01"], coverage.Rules.Select(r => r.RuleId));
        Assert.Empty(coverage.Rules[0].Gaps);
        Assert.Equal(["'when' never false"], coverage.Rules[1].Gaps);
        Assert.Equal((6, 5), (coverage.Branches, coverage.CoveredBranches));
        Assert.Equal(100.0 * 5 / 6, coverage.Percent, 10);
    }

    [Fact]
    public void A_test_without_a_date_falls_back_to_the_options_then_the_package_effective_date_else_fails()
    {
        const string Undated = """
            package u
              applies to asset
            rule R-01 "r"
              severity blocker
              require as_of >= 2026-01-01
            test "undated"
              given asset { symbol: "A" }
              expect R-01 pass
            """;
        var report = RuleTestRunner.Run(Compile(Undated));
        Assert.Equal("test \"undated\" has no evaluation date: write 'as of YYYY-MM-DD' in the test or 'effective' in the package", report.Tests[0].SetupError);
        Assert.Equal(["test.rules(6,1): error TAO7001: test \"undated\" has no evaluation date: write 'as of YYYY-MM-DD' in the test or 'effective' in the package"], report.Diagnostics.Select(d => d.ToString()));

        Assert.True(RuleTestRunner.Run(Compile(Undated), new RuleTestOptions { AsOf = new DateTime(2026, 2, 1) }).Passed);
        Assert.False(RuleTestRunner.Run(Compile(Undated), new RuleTestOptions { AsOf = new DateTime(2025, 2, 1) }).Passed);
        Assert.True(RuleTestRunner.Run(Compile(Undated.Replace("  applies to asset", "  applies to asset\n  effective 2026-01-01", StringComparison.Ordinal))).Passed);
    }

    [Fact]
    public void The_tests_of_a_population_pack_see_only_their_own_entities()
    {
        var report = RuleTestRunner.Run(Compile("""
            package tao.emission
              applies to subnet
            let share = subnet.ema_tao_flow / sum(all subnet.ema_tao_flow)
            rule SHARE-01 "half"
              severity major
              require share == 0.5
            test "two equal subnets share half each"
              given subnet { netuid: 1, ema_tao_flow: 2 }
              given subnet { netuid: 2, ema_tao_flow: 2 }
              as of 2026-01-09
              expect SHARE-01 pass
              expect SHARE-01 pass for "2"
            """));
        Assert.True(report.Passed, string.Join("\n", report.Diagnostics));
    }
}
