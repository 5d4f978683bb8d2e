using Tao.Rules.Evaluation;
using Tao.Rules.Tests.Infrastructure;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>The DESIGN.md §3 example pack over a few assets, and its explanations as a golden file.</summary>
public sealed class DesignExampleEvaluationTests
{
    private const string Example = """
        package jp.jvcea
          title "Japan-style asset filter (JVCEA Green List and FSA screening)"
          applies to asset
          jurisdiction JP
          version "2026.1"
          effective 2026-01-01

        param min_handlers = 3                     # overridable: --param jp.jvcea.min_handlers=4
        param min_cold_custody = 95 %

        let listed_long_enough = asset.first_domestic_listing + 6 months <= as_of

        rule JP-GL-01 "Handled by at least three member exchanges"
          severity major
          cite "JVCEA Green List criteria (2022)"
          when asset.asset_type != "security"
          require asset.domestic_handler_count >= min_handlers
          because "{asset.name} is handled by {asset.domestic_handler_count} member exchanges; {min_handlers} are needed"
          remedy "List on further member exchanges, or go through individual review"

        rule JP-PRIV-05 "No anonymity-enhancing features"
          severity blocker
          require not asset.has_privacy_feature

        rule JP-CUST-02 "Customer assets mostly in cold storage"
          severity major
          require asset.custody_cold_ratio >= min_cold_custody
          because "{asset.name} keeps {asset.custody_cold_ratio} of customer assets in cold storage; {min_cold_custody} is required"

        rule JP-SEASON-03 "Listed domestically for six months"
          severity minor
          require listed_long_enough
          because "{asset.name} was first listed on {asset.first_domestic_listing}"

        test "a privacy coin is blocked"
          given asset { symbol: "XMR", has_privacy_feature: true, asset_type: "native" }
          expect JP-PRIV-05 fail
        """;

    private const string Assets = """
        kind: asset
        as_of: 2026-01-09
        source: "illustrative sample"
        entities:
          - symbol: BTC
            name: Bitcoin
            asset_type: native
            domestic_handler_count: 30
            has_privacy_feature: false
            custody_cold_ratio: 98
            first_domestic_listing: 2014-04-01
          - symbol: XMR
            name: Monero
            asset_type: native
            domestic_handler_count: 0
            has_privacy_feature: true
            custody_cold_ratio: 95
            first_domestic_listing: 2016-01-01
          - symbol: TAO
            name: Bittensor
            asset_type: native
            domestic_handler_count: { value: 1, source: "JVCEA handler list", as_of: 2026-01-05 }
            has_privacy_feature: false
            first_domestic_listing: 2025-10-01
        """;

    [Fact]
    public void Btc_is_ready_xmr_is_blocked_and_tao_at_risk()
    {
        var result = EvaluateBoth(Example, Assets);
        Assert.Equal(
            ["BTC ready", "XMR blocked", "TAO at-risk"],
            result.Verdicts().Select(v => $"{v.Entity} {EvaluationResult.VerdictText(v.Verdict)}"));
        Assert.Equal(
            [
                "BTC JP-GL-01 pass", "BTC JP-PRIV-05 pass", "BTC JP-CUST-02 pass", "BTC JP-SEASON-03 pass",
                "XMR JP-GL-01 fail", "XMR JP-PRIV-05 fail", "XMR JP-CUST-02 pass", "XMR JP-SEASON-03 pass",
                "TAO JP-GL-01 fail", "TAO JP-PRIV-05 pass", "TAO JP-CUST-02 unknown", "TAO JP-SEASON-03 fail",
            ],
            Outcomes(result));
        Assert.Equal(["asset.custody_cold_ratio"], ResultOf(result, "TAO", "JP-CUST-02").Missing);
    }

    [Fact]
    public void Explanations_of_every_fail_and_unknown()
    {
        var result = Evaluate(Example, Assets);
        var text = string.Join(
            "\n\n",
            result.Results().Where(r => r.Explanation is not null).Select(r => $"{r.Entity} {r.RuleId} {EvaluationResult.OutcomeText(r.Outcome)}\n{r.Explanation}"));
        Golden.Verify("design-example.explanations", text + "\n");
    }

    [Fact]
    public void The_packs_own_test_passes()
    {
        var report = RuleTestRunner.Run(Compile(Example));
        Assert.True(report.Passed);
        Assert.Empty(report.Diagnostics);
    }
}
