using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Kleene's three-valued logic, with a missing fact as unknown, in both engines.</summary>
public sealed class KleeneLogicTests
{
    // Every combination of true, false and missing for two bool facts: a = has_privacy_feature, b = issuer_identified.
    private const string Facts = """
        as_of: 2026-01-09
        entities:
          - { symbol: TT, has_privacy_feature: true, issuer_identified: true }
          - { symbol: TF, has_privacy_feature: true, issuer_identified: false }
          - { symbol: TU, has_privacy_feature: true }
          - { symbol: FT, has_privacy_feature: false, issuer_identified: true }
          - { symbol: FF, has_privacy_feature: false, issuer_identified: false }
          - { symbol: FU, has_privacy_feature: false }
          - { symbol: UT, issuer_identified: true }
          - { symbol: UF, issuer_identified: false }
          - { symbol: UU }
        """;

    private static string[] Truth(string condition)
    {
        var result = EvaluateBoth($"package k\n  applies to asset\nrule K-01 \"k\"\n  require {condition}\n", Facts);
        return Outcomes(result).Select(line => line.Split(' ')[0] + "=" + line.Split(' ')[2] switch
        {
            "pass" => "T",
            "fail" => "F",
            "unknown" => "U",
            var other => other,
        }).ToArray();
    }

    [Fact]
    public void And_is_false_when_either_side_is_false()
    {
        Assert.Equal(
            ["TT=T", "TF=F", "TU=U", "FT=F", "FF=F", "FU=F", "UT=U", "UF=F", "UU=U"],
            Truth("asset.has_privacy_feature and asset.issuer_identified"));
    }

    [Fact]
    public void Or_is_true_when_either_side_is_true()
    {
        Assert.Equal(
            ["TT=T", "TF=T", "TU=T", "FT=T", "FF=F", "FU=U", "UT=T", "UF=U", "UU=U"],
            Truth("asset.has_privacy_feature or asset.issuer_identified"));
    }

    [Fact]
    public void Not_unknown_is_unknown()
    {
        Assert.Equal(
            ["TT=F", "TF=F", "TU=F", "FT=T", "FF=T", "FU=T", "UT=U", "UF=U", "UU=U"],
            Truth("not asset.has_privacy_feature"));
    }

    [Fact]
    public void Has_is_never_unknown()
    {
        Assert.Equal(
            ["TT=T", "TF=T", "TU=T", "FT=T", "FF=T", "FU=T", "UT=F", "UF=F", "UU=F"],
            Truth("has(asset.has_privacy_feature)"));
    }

    [Fact]
    public void Has_guards_a_missing_fact()
    {
        Assert.Equal(
            ["TT=T", "TF=T", "TU=T", "FT=F", "FF=F", "FU=F", "UT=F", "UF=F", "UU=F"],
            Truth("has(asset.has_privacy_feature) and asset.has_privacy_feature"));
    }

    [Fact]
    public void Comparisons_and_arithmetic_with_a_missing_operand_are_unknown()
    {
        const string Numbers = """
            as_of: 2026-01-09
            entities:
              - { symbol: BOTH, circulating_supply: 5, max_supply: 10 }
              - { symbol: NOMAX, circulating_supply: 5 }
              - { symbol: NONE }
            """;
        var result = EvaluateBoth("""
            package k
              applies to asset
            rule C-01 "compare"
              require asset.circulating_supply < asset.max_supply
            rule A-01 "arithmetic"
              require asset.circulating_supply + 1 > 0
            rule B-01 "between"
              require asset.circulating_supply between 1 and asset.max_supply
            rule I-01 "in"
              require asset.circulating_supply in [1, 5]
            """, Numbers);
        Assert.Equal(
            [
                "BOTH C-01 pass", "BOTH A-01 pass", "BOTH B-01 pass", "BOTH I-01 pass",
                "NOMAX C-01 unknown", "NOMAX A-01 pass", "NOMAX B-01 unknown", "NOMAX I-01 pass",
                "NONE C-01 unknown", "NONE A-01 unknown", "NONE B-01 unknown", "NONE I-01 unknown",
            ],
            Outcomes(result));
    }

    [Fact]
    public void An_unknown_when_makes_the_rule_unknown_and_a_false_when_not_applicable()
    {
        var result = EvaluateBoth("""
            package k
              applies to asset
            rule W-01 "w"
              when asset.has_privacy_feature
              require asset.issuer_identified
            """, Facts);
        Assert.Equal(
            [
                "TT W-01 pass", "TF W-01 fail", "TU W-01 unknown",
                "FT W-01 not_applicable", "FF W-01 not_applicable", "FU W-01 not_applicable",
                "UT W-01 unknown", "UF W-01 unknown", "UU W-01 unknown",
            ],
            Outcomes(result));
    }
}
