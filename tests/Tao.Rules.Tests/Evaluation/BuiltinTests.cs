using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Built-in functions and list operators, with the values they must give, in both engines.</summary>
public sealed class BuiltinTests
{
    private static string[] Derived(string lets, string facts)
    {
        var result = EvaluateBoth($"package b\n  applies to asset\n{lets}\nrule B-01 \"b\"\n  require true\n", facts);
        return result.Derived().Select(d => $"{d.Entity} {d.Name} {d.Text}").ToArray();
    }

    [Fact]
    public void Round_is_half_away_from_zero_and_abs_min_max_work_on_numbers()
    {
        Assert.Equal(
            [
                "A up 3", "A down -3", "A tenth 0.2", "A absolute 2.5", "A least -2.5", "A most 1",
                "B up unknown", "B down unknown", "B tenth unknown", "B absolute unknown", "B least unknown", "B most unknown",
            ],
            Derived(
                """
                let up = round(asset.circulating_supply)
                let down = round(-asset.circulating_supply)
                let tenth = round(asset.circulating_supply / 16, 1)
                let absolute = abs(-asset.circulating_supply)
                let least = min(-asset.circulating_supply, 0, 1)
                let most = max(-asset.circulating_supply, 0, 1)
                """,
                "as_of: 2026-01-09\nentities:\n  - { symbol: A, circulating_supply: 2.5 }\n  - { symbol: B }\n"));
    }

    [Fact]
    public void List_functions_and_quantifiers_follow_Kleene()
    {
        const string Facts = """
            as_of: 2026-01-09
            entities:
              - { symbol: A, whitepaper_sections: [nature, supply, risks] }
              - { symbol: B, whitepaper_sections: [] }
              - { symbol: C }
            """;
        var result = EvaluateBoth("""
            package l
              applies to asset
            rule IN-01 "risks section"
              require "risks" in asset.whitepaper_sections
            rule ANY-01 "any"
              require any(asset.whitepaper_sections, s => s == "supply")
            rule ALL-01 "all"
              require all(asset.whitepaper_sections, s => s != "marketing")
            rule COUNT-01 "count"
              require count(asset.whitepaper_sections) >= 3
            rule SUM-01 "sum of a literal list"
              require sum([1, 2, 3.5]) == 6.5 and avg([1, 2]) == 1.5 and max([1, 5, 2]) == 5
            """, Facts);
        Assert.Equal(
            [
                "A IN-01 pass", "A ANY-01 pass", "A ALL-01 pass", "A COUNT-01 pass", "A SUM-01 pass",
                "B IN-01 fail", "B ANY-01 fail", "B ALL-01 pass", "B COUNT-01 fail", "B SUM-01 pass",
                "C IN-01 unknown", "C ANY-01 unknown", "C ALL-01 unknown", "C COUNT-01 unknown", "C SUM-01 pass",
            ],
            Outcomes(result));
        Assert.Equal(["asset.whitepaper_sections"], result.GetResult(2, 0).Missing);
        var pack = result.Pack;
        Assert.False(pack.IsRuleCompiled(0));
    }

    [Fact]
    public void Between_and_in_on_dates_and_enums()
    {
        var result = EvaluateBoth("""
            package d
              applies to asset
            rule BETWEEN-01 "launched in 2025"
              require asset.launch_date between 2025-01-01 and 2025-12-31
            rule IN-01 "kind"
              require asset.asset_type not in ["security", "stablecoin"]
            """, """
            as_of: 2026-01-09
            entities:
              - { symbol: A, launch_date: 2025-12-31, asset_type: token }
              - { symbol: B, launch_date: 2026-01-01, asset_type: security }
            """);
        Assert.Equal(["A BETWEEN-01 pass", "A IN-01 pass", "B BETWEEN-01 fail", "B IN-01 fail"], Outcomes(result));
        Assert.True(result.Pack.IsRuleCompiled(0));
        Assert.True(result.Pack.IsRuleCompiled(1));
    }
}
