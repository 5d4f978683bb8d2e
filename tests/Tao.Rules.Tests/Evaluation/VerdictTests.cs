using Tao.Rules.Evaluation;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Verdicts per entity and pack (DESIGN.md §3), including how error outcomes count.</summary>
public sealed class VerdictTests
{
    private const string Pack = """
        package v
          applies to asset
        rule BLOCK-01 "blocker"
          severity blocker
          require not asset.has_privacy_feature
        rule MAJOR-01 "major"
          severity major
          require asset.issuer_identified
        rule MAJOR-02 "major with a ratio"
          severity major
          require asset.circulating_supply / asset.max_supply <= 1
        rule MINOR-01 "minor"
          severity minor
          require asset.whitepaper_published
        """;

    private const string Facts = """
        as_of: 2026-01-09
        entities:
          - { symbol: READY, has_privacy_feature: false, issuer_identified: true, circulating_supply: 1, max_supply: 2, whitepaper_published: false }
          - { symbol: BLOCKED, has_privacy_feature: true, issuer_identified: false, circulating_supply: 1, max_supply: 2 }
          - { symbol: RISK, has_privacy_feature: false, issuer_identified: false, circulating_supply: 1, max_supply: 2 }
          - { symbol: UNKNOWN, has_privacy_feature: false, issuer_identified: true }
          - { symbol: ERROR, has_privacy_feature: false, issuer_identified: true, circulating_supply: 1, max_supply: 0 }
          - { symbol: RISKANDUNKNOWN, issuer_identified: false, circulating_supply: 1, max_supply: 2 }
        """;

    [Fact]
    public void Each_verdict()
    {
        var result = EvaluateBoth(Pack, Facts);
        Assert.Equal(
            [
                "READY ready", "BLOCKED blocked", "RISK at-risk", "UNKNOWN needs-evidence", "ERROR needs-evidence", "RISKANDUNKNOWN at-risk",
            ],
            result.Verdicts().Select(v => $"{v.Entity} {EvaluationResult.VerdictText(v.Verdict)}"));
        Assert.All(result.Verdicts(), v => Assert.Equal("v", v.Pack));
    }

    [Fact]
    public void A_waived_blocker_does_not_block()
    {
        var waiver = new Tao.Rules.Facts.Waiver("BLOCK-01", "BLOCKED", "r", "a", new DateTime(2026, 12, 31), Tao.Rules.Text.Location.None);
        var result = Evaluate(Pack, Facts, new EvaluationOptions { Waivers = [waiver] });
        Assert.True(result.Facts.TryGetRow("BLOCKED", out var row));
        Assert.Equal(Verdict.AtRisk, result.GetVerdict(row));
    }
}
