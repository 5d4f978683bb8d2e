using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Evaluation dates, date arithmetic, units, param overrides and effective windows.</summary>
public sealed class RunOptionsTests
{
    private const string DatePack = """
        package d
          applies to asset
        let next_month = asset.launch_date + 1 months
        let listed_days = as_of - asset.first_domestic_listing
        rule M-01 "calendar months"
          require asset.launch_date + 1 months == 2026-02-28
        rule D-01 "days"
          require asset.launch_date + 2 weeks == 2026-02-14
        rule S-01 "listed long enough"
          require asset.first_domestic_listing + 6 months <= as_of
        rule B-01 "days between"
          require days_between(asset.launch_date, as_of) == 9 days
        """;

    private const string DateFacts = """
        as_of: 2026-02-09
        entities:
          - { symbol: A, launch_date: 2026-01-31, first_domestic_listing: 2025-08-09 }
          - { symbol: B, launch_date: 2026-01-27, first_domestic_listing: 2025-08-10 }
        """;

    [Fact]
    public void Date_arithmetic_is_calendar_aware()
    {
        var result = EvaluateBoth(DatePack, DateFacts);
        Assert.Equal(
            [
                "A M-01 pass", "A D-01 pass", "A S-01 pass", "A B-01 pass",
                "B M-01 fail", "B D-01 fail", "B S-01 fail", "B B-01 fail",
            ],
            Outcomes(result));
        Assert.Equal(
            ["A next_month 2026-02-28", "A listed_days 184 days", "B next_month 2026-02-27", "B listed_days 183 days"],
            result.Derived().Select(d => $"{d.Entity} {d.Name} {d.Text}"));
        Assert.Equal("2026-02-28", result.Derived().First().Value);
    }

    [Fact]
    public void A_percent_fact_equals_the_percent_literal_written_alike()
    {
        // 95 × 0.01 is 0.9500000000000001 on both sides: the fact and the literal are converted the same way.
        var result = EvaluateBoth("""
            package u
              applies to asset
            param min_cold = 95 %
            rule U-01 "exactly"
              require asset.custody_cold_ratio == 95 %
            rule U-02 "at least"
              require asset.custody_cold_ratio >= min_cold
            rule U-03 "bps"
              require asset.custody_cold_ratio == 9_500 bps
            """, """
            as_of: 2026-01-09
            entities:
              - { symbol: A, custody_cold_ratio: 95 }
              - { symbol: B, custody_cold_ratio: { value: 94.99, unit: "%" } }
            """);
        Assert.Equal(
            ["A U-01 pass", "A U-02 pass", "A U-03 pass", "B U-01 fail", "B U-02 fail", "B U-03 fail"],
            Outcomes(result));
        Assert.Equal(95 * 0.01, 0.9500000000000001);
    }

    private const string ParamPack = """
        package jp.jvcea
          applies to asset
        param min_cap = 1_000_000_000 USD
        rule CAP-01 "cap"
          require asset.market_cap >= min_cap
        """;

    private const string CapFacts = """
        as_of: 2026-01-09
        entities:
          - { symbol: A, market_cap: 2_000_000_000 }
        """;

    [Fact]
    public void A_param_override_of_the_right_unit_is_used()
    {
        var pack = Compile(ParamPack);
        var facts = LoadFacts(pack, CapFacts);
        Assert.True(ParamOverride.TryParse("jp.jvcea.min_cap=3_000_000_000 USD", out var higher));
        Assert.True(ParamOverride.TryParse("other.pack.min_cap=1 USD", out var elsewhere));
        Assert.Equal(new ParamOverride("jp.jvcea", "min_cap", "3_000_000_000 USD"), higher);

        Assert.Equal(Outcome.Pass, pack.Evaluate(facts, new EvaluationOptions()).GetOutcome(0, 0));
        Assert.Equal(Outcome.Fail, pack.Evaluate(facts, new EvaluationOptions { Params = [higher!] }).GetOutcome(0, 0));
        Assert.Equal(Outcome.Pass, pack.Evaluate(facts, new EvaluationOptions { Params = [elsewhere!] }).GetOutcome(0, 0));
    }

    [Fact]
    public void Param_values_are_the_defaults_or_the_overrides_the_run_used()
    {
        var pack = Compile(ParamPack);
        var facts = LoadFacts(pack, CapFacts);
        Assert.True(ParamOverride.TryParse("jp.jvcea.min_cap=3_000_000_000 USD", out var higher));

        Assert.Equal([new ParamValue("jp.jvcea", "min_cap", "1000000000 USD")], pack.Evaluate(facts, new EvaluationOptions()).ParamValues());
        Assert.Equal([new ParamValue("jp.jvcea", "min_cap", "3000000000 USD")], pack.Evaluate(facts, new EvaluationOptions { Params = [higher!] }).ParamValues());
    }

    [Fact]
    public void A_param_override_of_the_wrong_unit_or_an_unknown_param_is_a_diagnostic()
    {
        var pack = Compile(ParamPack);
        var facts = LoadFacts(pack, CapFacts);
        var bag = new DiagnosticBag();
        var options = new EvaluationOptions
        {
            Params = [new ParamOverride("jp.jvcea", "min_cap", "5 TAO"), new ParamOverride("jp.jvcea", "min_kap", "5 USD")],
        };
        Assert.False(pack.TryEvaluate(facts, options, bag, out var result));
        Assert.Null(result);
        Assert.Equal(
            [
                "--param jp.jvcea.min_cap(1,1): error TAO3003: param 'min_cap' is in USD, but the value given is in TAO",
                "--param jp.jvcea.min_kap(1,1): error TAO3005: unknown name 'jp.jvcea.min_kap'; did you mean 'min_cap'?",
            ],
            bag.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.Throws<InvalidOperationException>(() => { pack.Evaluate(facts, options); });
    }

    [Theory]
    [InlineData("jp.jvcea.min_cap")]
    [InlineData("=5")]
    [InlineData("min_cap=5")]
    [InlineData("jp.=5")]
    public void A_malformed_param_assignment_is_refused(string text) => Assert.False(ParamOverride.TryParse(text, out _));

    [Fact]
    public void The_evaluation_date_comes_from_the_options_else_the_facts_else_it_is_TAO6013()
    {
        var pack = Compile(ParamPack);
        var dated = LoadFacts(pack, CapFacts);
        Assert.Equal(new DateTime(2026, 1, 9), pack.Evaluate(dated, new EvaluationOptions()).AsOf);
        Assert.Equal(new DateTime(2026, 3, 1), pack.Evaluate(dated, new EvaluationOptions { AsOf = new DateTime(2026, 3, 1) }).AsOf);

        var undated = LoadFacts(pack, "symbol,market_cap\nA,5\n", "assets.csv");
        var bag = new DiagnosticBag();
        Assert.False(pack.TryEvaluate(undated, new EvaluationOptions(), bag, out _));
        Assert.Equal(
            ["assets.csv(1,1): error TAO6013: no evaluation date for 'jp.jvcea': give --as-of, or an as_of in the facts file 'assets.csv'"],
            bag.Select(d => d.ToString()));
        Assert.True(pack.TryEvaluate(undated, new EvaluationOptions { AsOf = new DateTime(2026, 1, 9) }, new DiagnosticBag(), out _));
    }

    [Fact]
    public void Facts_of_another_kind_are_refused()
    {
        var pack = Compile(ParamPack);
        var subnets = Compile("package s\n  applies to subnet\nrule S-01 \"s\"\n  require subnet.netuid >= 0\n");
        var facts = LoadFacts(subnets, "as_of: 2026-01-09\nentities:\n  - { netuid: 1 }\n");
        var bag = new DiagnosticBag();
        Assert.False(pack.TryEvaluate(facts, new EvaluationOptions(), bag, out _));
        Assert.Equal(["facts.yaml(1,1): error TAO6007: the facts are of kind 'subnet', but they are read as 'asset'"], bag.Select(d => d.ToString()));
    }

    [Fact]
    public void Outside_an_effective_window_a_rule_is_not_applicable()
    {
        const string Pack = """
            package w
              applies to asset
              effective 2026-01-01 until 2026-12-31
            rule OLD-01 "retired"
              effective 2025-01-01 until 2025-12-31
              require asset.issuer_identified
            rule NEW-01 "current"
              effective 2026-01-09
              require asset.issuer_identified
            """;
        const string Dated = "as_of: 2026-01-09\nentities:\n  - { symbol: A, issuer_identified: false }\n";
        var result = EvaluateBoth(Pack, Dated);
        Assert.Equal(["A OLD-01 not_applicable", "A NEW-01 fail"], Outcomes(result));
        Assert.Equal("OLD-01 \"retired\": not applicable on 2026-01-09; effective 2025-01-01 until 2025-12-31", result.Explain(0, 0).Summary);

        var pack = Compile(Pack);
        var later = pack.Evaluate(LoadFacts(pack, Dated), new EvaluationOptions { AsOf = new DateTime(2027, 1, 1) });
        Assert.Equal(["A OLD-01 not_applicable", "A NEW-01 not_applicable"], Outcomes(later));
        Assert.Equal("NEW-01 \"current\": not applicable on 2027-01-01; effective 2026-01-01 until 2026-12-31", later.Explain(0, 1).Summary);
    }
}
