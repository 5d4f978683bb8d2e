using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Text;
using Location = Tao.Rules.Text.Location;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Each of the six outcomes, from both engines.</summary>
public sealed class OutcomeTests
{
    private const string Pack = """
        package demo.checks
          applies to asset

        param min_cap = 1_000_000_000 USD

        rule CAP-01 "Large enough"
          severity major
          when asset.asset_type != "security"
          require asset.market_cap >= min_cap
          because "{asset.name} has a market cap of {asset.market_cap}; {min_cap} is needed"

        rule PRIV-01 "No privacy features"
          severity blocker
          require not asset.has_privacy_feature

        rule RATIO-01 "Supply ratio"
          severity minor
          require asset.circulating_supply / asset.max_supply > 0.5
        """;

    private const string Facts = """
        as_of: 2026-01-09
        source: "sample"
        entities:
          - { symbol: BTC, name: Bitcoin, asset_type: native, market_cap: 1_800_000_000_000, has_privacy_feature: false, circulating_supply: 19_800_000, max_supply: 21_000_000 }
          - { symbol: XMR, name: Monero, asset_type: native, market_cap: 3_000_000_000, has_privacy_feature: true, circulating_supply: 18_000_000, max_supply: 0 }
          - { symbol: NEW, name: Newcoin, asset_type: token }
          - { symbol: SEC, name: Security, asset_type: security, market_cap: 5, has_privacy_feature: false }
          - { symbol: TINY, name: Tiny, asset_type: token, market_cap: 10_000_000, has_privacy_feature: false, circulating_supply: 1, max_supply: 10 }
        """;

    [Fact]
    public void Each_outcome_comes_out_of_the_same_pack()
    {
        var result = EvaluateBoth(Pack, Facts);
        Assert.Equal(
            [
                "BTC CAP-01 pass", "BTC PRIV-01 pass", "BTC RATIO-01 pass",
                "XMR CAP-01 pass", "XMR PRIV-01 fail", "XMR RATIO-01 error",
                "NEW CAP-01 unknown", "NEW PRIV-01 unknown", "NEW RATIO-01 unknown",
                "SEC CAP-01 not_applicable", "SEC PRIV-01 pass", "SEC RATIO-01 unknown",
                "TINY CAP-01 fail", "TINY PRIV-01 pass", "TINY RATIO-01 fail",
            ],
            Outcomes(result));
    }

    [Fact]
    public void Unknown_names_the_missing_facts()
    {
        var result = Evaluate(Pack, Facts);
        Assert.Equal(["asset.market_cap"], ResultOf(result, "NEW", "CAP-01").Missing);
        Assert.Equal(["asset.has_privacy_feature"], ResultOf(result, "NEW", "PRIV-01").Missing);
        Assert.Equal(["asset.circulating_supply", "asset.max_supply"], ResultOf(result, "NEW", "RATIO-01").Missing);
    }

    [Fact]
    public void Division_by_zero_is_an_error_outcome_and_the_run_goes_on()
    {
        var result = EvaluateBoth(Pack, Facts);
        var error = ResultOf(result, "XMR", "RATIO-01");
        Assert.Equal(Outcome.Error, error.Outcome);
        Assert.Equal("division by zero", error.Error);
        Assert.Equal(Outcome.Fail, OutcomeOf(result, "TINY", "RATIO-01"));
    }

    [Fact]
    public void A_current_waiver_waives_and_an_expired_one_is_reported_not_applied()
    {
        var waivers = WaiverFileReader.Read(SourceText.From("""
            waivers:
              - { rule: PRIV-01, entity: XMR, reason: "Delisting under way", approved_by: "J. Sato, CCO", expires: 2026-01-09 }
              - { rule: CAP-01, entity: TINY, reason: "Grandfathered", approved_by: "J. Sato, CCO", expires: 2026-01-08 }
            """, "waivers.yaml"), new Tao.Rules.Diagnostics.DiagnosticBag());
        var result = EvaluateBoth(Pack, Facts, new EvaluationOptions { Waivers = waivers });

        var waived = ResultOf(result, "XMR", "PRIV-01");
        Assert.Equal(Outcome.Waived, waived.Outcome);
        Assert.Same(waivers[0], waived.Waiver);
        Assert.Equal("PRIV-01 \"No privacy features\": waived until 2026-01-09, approved by J. Sato, CCO: Delisting under way", waived.Explanation!.Summary);

        Assert.Equal(Outcome.Fail, OutcomeOf(result, "TINY", "CAP-01"));
        var note = Assert.Single(result.Notes);
        Assert.Equal("the waiver of CAP-01 for TINY (approved by J. Sato, CCO) expired on 2026-01-08; it is not applied", note.Message);
        Assert.Same(waivers[1], note.Waiver);
    }

    [Fact]
    public void Fail_explains_in_business_words()
    {
        var result = Evaluate(Pack, Facts);
        var fail = ResultOf(result, "TINY", "CAP-01");
        Assert.Equal("Tiny has a market cap of 10000000 USD; 1000000000 USD is needed", fail.Explanation!.Because);
        Assert.Equal(
            string.Join("\n", new[]
            {
                "when asset.asset_type != \"security\": \"token\" != \"security\" is true [asset.asset_type: sample, as of 2026-01-09 (facts.yaml:8)]",
                "require asset.market_cap >= min_cap: 10000000 USD >= 1000000000 USD is false [asset.market_cap: sample, as of 2026-01-09 (facts.yaml:8)]",
            }),
            string.Join("\n", fail.Explanation.Comparisons.Select(c => c.ToString())));
    }

    [Fact]
    public void Pass_and_not_applicable_results_carry_no_explanation_unless_asked()
    {
        var result = Evaluate(Pack, Facts);
        Assert.Null(ResultOf(result, "BTC", "CAP-01").Explanation);
        Assert.Null(ResultOf(result, "SEC", "CAP-01").Explanation);
        Assert.True(result.Facts.TryGetRow("SEC", out var row));
        Assert.Equal("CAP-01 \"Large enough\": not_applicable", result.Explain(row, 0).Summary);
    }

    [Fact]
    public void Results_without_explanations_still_name_missing_facts_and_errors()
    {
        var result = Evaluate(Pack, Facts);
        var lean = result.Results(withExplanations: false).ToList();
        Assert.All(lean, r => Assert.Null(r.Explanation));
        Assert.Equal(
            result.Results().Select(r => (r.Entity, r.RuleId, r.Outcome, string.Join(",", r.Missing), r.Error)),
            lean.Select(r => (r.Entity, r.RuleId, r.Outcome, string.Join(",", r.Missing), r.Error)));
        Assert.Contains(lean, r => r.Missing.Count > 0);
        Assert.Contains(lean, r => r.Error == "division by zero");
    }

    [Fact]
    public void A_waiver_covers_an_error_but_leaves_not_applicable_alone()
    {
        var waivers = new[]
        {
            new Waiver("RATIO-01", "XMR", "Supply data under review", "J. Sato, CCO", new DateTime(2026, 6, 30), Location.None),
            new Waiver("CAP-01", "SEC", "Not a listing candidate", "J. Sato, CCO", new DateTime(2026, 6, 30), Location.None),
            new Waiver("NO-SUCH-RULE", "XMR", "-", "-", new DateTime(2026, 6, 30), Location.None),
        };
        var result = EvaluateBoth(Pack, Facts, new EvaluationOptions { Waivers = waivers });
        Assert.Equal(Outcome.Waived, OutcomeOf(result, "XMR", "RATIO-01"));
        Assert.Equal(Outcome.NotApplicable, OutcomeOf(result, "SEC", "CAP-01"));
        Assert.Empty(result.Notes);
    }
}
