using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Location = Tao.Rules.Text.Location;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>
/// The block (columnar) path on hand-checked cases: tables of at least 8 entities, so whole blocks of 8 rows are decided
/// by block nodes and the rows after them by the interpreter; both engines must give exactly these outcomes.
/// </summary>
public sealed class ColumnarEvaluationTests
{
    private const string Pack = """
        package col.checks
          applies to asset

        rule OR-01 "Identified, or circulating more than half the supply"
          severity major
          require asset.issuer_identified or asset.circulating_supply / asset.max_supply > 0.5

        rule WHEN-01 "With handlers, a supply ratio"
          severity major
          when asset.domestic_handler_count > 1
          require asset.circulating_supply / (asset.max_supply - 2) > 0.5

        rule OVER-01 "A product that may overflow"
          severity minor
          require asset.market_cap * 10 >= 0 USD
        """;

    // Columns: issuer_identified, circulating_supply, max_supply, domestic_handler_count, market_cap; '-' is missing.
    private static readonly string[] Rows =
    [
        "E0 true 1 0 0 5",
        "E1 false 1 0 3 -",
        "E2 - 1 0 - 1.7e308",
        "E3 false 3 2 3 5",
        "E4 false 1 4 0 5",
        "E5 - - 4 3 5",
        "E6 false 1 2 0 5",
        "E7 true 1 2 - 5",
        "E8 false 10 4 3 -1.7e308",
    ];

    [Fact]
    public void Block_nodes_give_kleene_outcomes_and_count_an_error_only_where_it_was_evaluated()
    {
        var result = EvaluateBoth(Pack, Facts(Rows));

        Assert.Equal(
            [
                // A true left side of 'or' hides the division by zero on its right; a false or unknown one does not.
                "E0 OR-01 pass", "E0 WHEN-01 not_applicable", "E0 OVER-01 pass",
                "E1 OR-01 error", "E1 WHEN-01 fail", "E1 OVER-01 unknown",
                "E2 OR-01 error", "E2 WHEN-01 unknown", "E2 OVER-01 error",
                "E3 OR-01 pass", "E3 WHEN-01 error", "E3 OVER-01 pass",
                "E4 OR-01 fail", "E4 WHEN-01 not_applicable", "E4 OVER-01 pass",
                "E5 OR-01 unknown", "E5 WHEN-01 unknown", "E5 OVER-01 pass",
                // A false 'when' hides an error in 'require'; an unknown one does not.
                "E6 OR-01 fail", "E6 WHEN-01 not_applicable", "E6 OVER-01 pass",
                "E7 OR-01 pass", "E7 WHEN-01 error", "E7 OVER-01 pass",
                // The ninth row is after the last whole 8: the interpreter decides it.
                "E8 OR-01 pass", "E8 WHEN-01 pass", "E8 OVER-01 error",
            ],
            Outcomes(result));
        Assert.Equal(3, result.Pack.Plan(EvaluationEngine.Compiled).Columnar!.Rules.Count);
        Assert.Equal("division by zero", ResultOf(result, "E3", "WHEN-01").Error);
        Assert.Equal(["asset.market_cap"], ResultOf(result, "E1", "OVER-01").Missing);
    }

    [Fact]
    public void Effective_windows_and_waivers_apply_to_block_evaluated_rules()
    {
        const string Windows = """
            package col.windows
              applies to asset
            rule OLD-01 "retired"
              severity major
              effective 2025-01-01 until 2025-12-31
              require asset.issuer_identified
            rule NOW-01 "current"
              severity blocker
              require asset.issuer_identified
            """;
        var waivers = new[]
        {
            new Waiver("NOW-01", "E1", "Under review", "J. Sato, CCO", new DateTime(2026, 6, 30), Location.None),
            new Waiver("NOW-01", "E3", "Under review", "J. Sato, CCO", new DateTime(2025, 6, 30), Location.None),
            new Waiver("OLD-01", "E0", "Nothing to waive", "J. Sato, CCO", new DateTime(2026, 6, 30), Location.None),
        };

        var result = EvaluateBoth(Windows, Facts(Rows), new EvaluationOptions { Waivers = waivers });

        var outcomes = Outcomes(result);
        Assert.All(outcomes.Where(o => o.Contains("OLD-01", StringComparison.Ordinal)), o => Assert.EndsWith("not_applicable", o, StringComparison.Ordinal));
        Assert.Equal(
            ["E0 NOW-01 pass", "E1 NOW-01 waived", "E2 NOW-01 unknown", "E3 NOW-01 fail", "E4 NOW-01 fail"],
            outcomes.Where(o => o.Contains("NOW-01", StringComparison.Ordinal)).Take(5));
        Assert.Equal([Verdict.Ready, Verdict.Ready, Verdict.NeedsEvidence, Verdict.Blocked], Enumerable.Range(0, 4).Select(result.GetVerdict));
        Assert.Equal(2, result.Pack.Plan(EvaluationEngine.Compiled).Columnar!.Rules.Count);
        Assert.Single(result.Notes);
    }

    private static string Facts(IEnumerable<string> rows)
    {
        var text = new System.Text.StringBuilder("as_of: 2026-01-09\nentities:\n");
        string[] fields = ["issuer_identified", "circulating_supply", "max_supply", "domestic_handler_count", "market_cap"];
        foreach (var row in rows)
        {
            var cells = row.Split(' ');
            text.Append("  - symbol: ").Append(cells[0]).Append('\n');
            for (var i = 0; i < fields.Length; i++)
            {
                if (cells[i + 1] != "-")
                {
                    text.Append("    ").Append(fields[i]).Append(": ").Append(cells[i + 1]).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
