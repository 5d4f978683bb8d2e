using System.Text;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>A long chain of lets is evaluated, and explained, without deep recursion.</summary>
public sealed class LetChainTests
{
    [Fact]
    public void A_thousand_chained_lets_evaluate_and_explain_an_unknown()
    {
        var source = new StringBuilder("package chain\n  applies to asset\nlet l0 = asset.circulating_supply\n");
        for (var i = 1; i < 1_000; i++)
        {
            source.Append("let l").Append(i).Append(" = l").Append(i - 1).Append(" + 1\n");
        }

        source.Append("rule C-01 \"c\"\n  require l999 > 1_000\n");
        var result = EvaluateBoth(source.ToString(), "as_of: 2026-01-09\nentities:\n  - { symbol: A, circulating_supply: 2 }\n  - { symbol: B }\n");
        Assert.Equal(["A C-01 pass", "B C-01 unknown"], Outcomes(result));
        Assert.Equal("1001", result.Derived().Single(d => d.Entity == "A" && d.Name == "l999").Text);

        // The trace looks 16 lets deep, then names the let it stopped at.
        Assert.Equal(["l983"], result.GetResult(1, 0).Missing);
    }
}
