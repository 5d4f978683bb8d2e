using Tao.Rules.Evaluation;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary><see cref="EvaluationResult.KeepExplanations"/>: made once, the same as made afresh, shared across threads.</summary>
public sealed class KeptExplanationsTests
{
    private const string Pack = """
        package kept
          applies to asset
        rule COLD-01 "Cold custody"
          severity major
          require asset.custody_cold_ratio >= 90 %
          because "{asset.symbol} keeps {asset.custody_cold_ratio} cold"
          remedy "Move more of {asset.symbol} to cold storage"
        rule CAP-01 "Market cap known"
          severity minor
          require asset.market_cap >= 1000000 USD
        """;

    private const string Facts = """
        as_of: 2026-01-09
        entities:
          - { symbol: AAA, custody_cold_ratio: 95, market_cap: 5000000 }
          - { symbol: BBB, custody_cold_ratio: 40 }
          - { symbol: CCC, custody_cold_ratio: 99, market_cap: 10 }
        """;

    [Fact]
    public void A_kept_explanation_is_made_once_and_reads_as_a_fresh_one()
    {
        var fresh = Evaluate(Pack, Facts);
        var kept = Evaluate(Pack, Facts);
        kept.KeepExplanations();

        for (var row = 0; row < kept.EntityCount; row++)
        {
            for (var rule = 0; rule < kept.Rules.Count; rule++)
            {
                var first = kept.Explain(row, rule);
                Assert.Same(first, kept.Explain(row, rule));
                Assert.Same(first, kept.GetResult(row, rule).Explanation ?? first);
                Assert.Equal(fresh.Explain(row, rule).ToString(), first.ToString());
            }
        }

        // Without the texts, an explanation is not the one kept (a report asks for those only of passes).
        Assert.NotSame(kept.Explain(0, 0), kept.Explain(0, 0, withTexts: false));
        Assert.Null(kept.Explain(1, 0, withTexts: false).Because);
        Assert.Equal("BBB keeps 40 % cold", kept.Explain(1, 0).Because);
    }

    [Fact]
    public void Without_keeping_each_call_explains_again()
    {
        var result = Evaluate(Pack, Facts);
        Assert.NotSame(result.Explain(1, 0), result.Explain(1, 0));
    }

    [Fact]
    public void Threads_racing_for_one_explanation_all_get_the_same_one()
    {
        var result = Evaluate(Pack, Facts);
        result.KeepExplanations();
        var seen = new Explanation[64];
        Parallel.For(0, seen.Length, i => seen[i] = result.Explain(1, 0));
        Assert.All(seen, explanation => Assert.Same(seen[0], explanation));
        Assert.Same(seen[0], result.Explain(1, 0));
    }
}
