using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Functions;
using Tao.Rules.Text;
using static Tao.Rules.Tests.Functions.RuleFunctionHarness;

namespace Tao.Rules.Tests.Functions;

/// <summary>Both engines call rule functions with the same values and agree on every outcome.</summary>
public sealed class RuleFunctionEvaluationTests
{
    private const string Facts = """
        as_of: 2026-02-10
        entities:
          - { symbol: BTCUSD, asset_type: native, market_cap: 1000, domestic_handler_count: 4, audit_count: 3, circulating_supply: 2.5, launch_date: 2020-05-17 }
          - { symbol: SEC, asset_type: security, market_cap: 50, domestic_handler_count: 1, audit_count: 0, circulating_supply: 3 }
          - { symbol: NONE }
        """;

    [Fact]
    public void Functions_compute_the_same_values_in_both_engines_and_unknown_in_gives_unknown_out()
    {
        var pack = Compile("""
            let floor = liquidity_floor(asset.market_cap, asset.domestic_handler_count)
            let dollar = is_dollar_ticker(asset.symbol)
            let fee_paid = fee(asset.circulating_supply)
            let quarter_end = end_of_quarter(asset.launch_date)
            let score = risk_score(asset.asset_type)
            let doubled = twice(asset.audit_count)
            let tag = label(asset.symbol, dollar)
            let half = half_of(3 weeks)
            rule F-01 "above the floor"
              require asset.market_cap >= floor
            """);
        Assert.True(pack.IsRuleCompiled(0));

        var result = EvaluateBoth(pack, Facts);
        Assert.Equal(
            [
                "BTCUSD floor 40 USD", "BTCUSD dollar true", "BTCUSD fee_paid 0.0025", "BTCUSD quarter_end 2020-06-30",
                "BTCUSD score 6", "BTCUSD doubled 6", "BTCUSD tag BTCUSD!", "BTCUSD half 10.5 days",
                "SEC floor 0.5 USD", "SEC dollar false", "SEC fee_paid 0.003", "SEC quarter_end unknown",
                "SEC score unknown", "SEC doubled 0", "SEC tag SEC", "SEC half 10.5 days",
                "NONE floor unknown", "NONE dollar false", "NONE fee_paid unknown", "NONE quarter_end unknown",
                "NONE score unknown", "NONE doubled unknown", "NONE tag NONE", "NONE half 10.5 days",
            ],
            result.Derived().Select(d => $"{d.Entity} {d.Name} {d.Text}"));
        Assert.Equal(["BTCUSD F-01 pass", "SEC F-01 pass", "NONE F-01 unknown"], Results(result));
    }

    [Fact]
    public void A_throwing_function_is_an_error_outcome_for_that_rule_only_and_is_not_called_on_unknown()
    {
        var pack = Compile("""
            rule F-01 "throws"
              require always_throws(asset.circulating_supply)
            rule F-02 "after it"
              require asset.audit_count >= 1
            rule F-03 "not whole"
              require twice(asset.circulating_supply) > 0
            rule F-04 "infinite"
              require infinite(asset.circulating_supply) > 0
            """);
        Assert.True(pack.IsRuleCompiled(0));

        Assert.Equal(
            [
                "BTCUSD F-01 error the function 'always_throws' failed: InvalidOperationException: refused 2.5",
                "BTCUSD F-02 pass",
                "BTCUSD F-03 error 'value' of 'twice' must be a long, but is 2.5",
                "BTCUSD F-04 error the function 'infinite' returned an infinite number",
                "SEC F-01 error the function 'always_throws' failed: InvalidOperationException: refused 3",
                "SEC F-02 fail",
                "SEC F-03 pass",
                "SEC F-04 error the function 'infinite' returned an infinite number",
                "NONE F-01 unknown",
                "NONE F-02 unknown",
                "NONE F-03 unknown",
                "NONE F-04 unknown",
            ],
            Results(EvaluateBoth(pack, Facts)));
    }

    [Fact]
    public void A_large_table_runs_the_compiled_rule_group_and_agrees_with_the_interpreter()
    {
        var pack = Compile("""
            rule F-01 "floor"
              require asset.market_cap >= liquidity_floor(asset.market_cap, asset.domestic_handler_count) and not always_throws(asset.max_supply)
            """);
        var entities = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"  - {{ symbol: A{i}, market_cap: {i}, domestic_handler_count: {i % 7}{(i % 5 == 0 ? ", max_supply: 1" : string.Empty)} }}\n"));
        var result = EvaluateBoth(pack, "as_of: 2026-02-10\nentities:\n" + entities);
        Assert.Equal(60, Enumerable.Range(0, 300).Count(row => result.GetOutcome(row, 0) == Outcome.Error));
        Assert.Equal(240, Enumerable.Range(0, 300).Count(row => result.GetOutcome(row, 0) == Outcome.Unknown));
    }

    [Fact]
    public void A_function_known_by_its_signature_only_binds_and_evaluates_to_an_error_outcome()
    {
        var signature = RuleFunction.FromSignature("score", "Listing.Functions.Score", [new RuleFunctionParameter("x", RuleType.PlainNumber, typeof(double))], RuleType.Bool, typeof(bool), "Listing");
        var catalog = RuleFunctionCatalog.Create([signature], new DiagnosticBag());
        var compilation = RuleCompilation.Create([SourceText.From("package t\n  applies to asset\nrule F-01 \"f\"\n  require score(asset.circulating_supply)\n", "t.rules")], functions: catalog);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));

        var pack = CompiledPack.Compile(compilation.Packages.Single());
        Assert.Equal(
            [
                "BTCUSD F-01 error the function 'score' is known by its signature only; load its assembly to evaluate it",
                "SEC F-01 error the function 'score' is known by its signature only; load its assembly to evaluate it",
                "NONE F-01 unknown",
            ],
            Results(EvaluateBoth(pack, Facts)));
    }

    [Fact]
    public void On_random_facts_both_engines_agree_on_every_function_outcome_and_value()
    {
        var pack = Compile("""
            let floor = liquidity_floor(asset.market_cap, asset.domestic_handler_count)
            let doubled = twice(asset.audit_count)
            let quarter_end = end_of_quarter(asset.launch_date)
            let tag = label(asset.symbol, asset.has_privacy_feature)
            rule R-01 "floor"
              require asset.market_cap >= floor or is_dollar_ticker(asset.symbol)
            rule R-02 "score"
              when asset.has_privacy_feature or not always_throws(asset.max_supply)
              require risk_score(asset.asset_type) < 7 and fee(asset.circulating_supply) <= 1
            rule R-03 "quarter"
              require end_of_quarter(asset.launch_date) >= asset.launch_date and twice(asset.audit_count) >= 0
            """);
        var random = new Random(20260109);
        string? Maybe(string text) => random.Next(4) == 0 ? null : text;
        var lines = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var fields = new[]
            {
                $"symbol: {(random.Next(3) == 0 ? "X" + i + "USD" : "A" + i)}",
                Maybe($"market_cap: {random.Next(0, 5000)}"),
                Maybe($"domestic_handler_count: {random.Next(0, 9)}"),
                Maybe($"audit_count: {random.Next(0, 5)}"),
                Maybe($"asset_type: {new[] { "native", "token", "stablecoin", "security" }[random.Next(4)]}"),
                Maybe($"circulating_supply: {(random.Next(0, 3000) / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture)}"),
                random.Next(3) == 0 ? $"max_supply: {random.Next(0, 10)}" : null,
                Maybe($"has_privacy_feature: {(random.Next(2) == 0 ? "true" : "false")}"),
                Maybe($"launch_date: 20{random.Next(10, 26)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}"),
            };
            lines.Add("  - { " + string.Join(", ", fields.OfType<string>()) + " }");
        }

        var result = EvaluateBoth(pack, "as_of: 2026-02-10\nentities:\n" + string.Join("\n", lines) + "\n");
        var outcomes = Enumerable.Range(0, result.EntityCount).SelectMany(row => Enumerable.Range(0, 3).Select(rule => result.GetOutcome(row, rule))).ToHashSet();
        Assert.Equal(new HashSet<Outcome> { Outcome.Pass, Outcome.Fail, Outcome.Unknown, Outcome.Error }, outcomes);
    }

    [Fact]
    public void A_let_used_only_inside_a_call_is_computed_before_the_let_that_calls()
    {
        var pack = Compile("""
            let quadrupled = twice(doubled)
            let doubled = twice(asset.audit_count)
            rule F-01 "f"
              require quadrupled >= 4
            """);

        var result = EvaluateBoth(pack, Facts);
        Assert.Equal(["BTCUSD quadrupled 12", "SEC quadrupled 0", "NONE quadrupled unknown"], result.Derived().Where(d => d.Name == "quadrupled").Select(d => $"{d.Entity} {d.Name} {d.Text}"));
    }
}
