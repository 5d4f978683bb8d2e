using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>
/// What a project adds to the check of its rule files: the cost budget from .globalconfig, and the [RuleFunction]s
/// declared in its own C# (bound as <c>tao-rules check --functions</c> binds them).
/// </summary>
public sealed class ProjectSettingsTests
{
    private const string RankedPath = "/rules/ranked.rules";
    private const string CallerPath = "/rules/caller.rules";

    private const string Ranked = """
        package demo.ranked
          applies to asset

        rule DEMO-01 "Among the ten largest"
          severity major
          cite "Internal listing policy 1.1"
          require rank(all asset.market_cap) <= 10
          because "{asset.name} is not among the ten largest"

        test "a large asset passes"
          given asset { symbol: "BIG", name: "Big", market_cap: 200000000 }
          expect DEMO-01 pass
        """;

    private const string Caller = """
        package demo.functions
          applies to asset

        rule DEMO-F1 "Deep enough for its handlers"
          severity major
          cite "Internal listing policy 1.2"
          require asset.market_cap >= liquidity_floor(1000000 USD, asset.domestic_handler_count)
          because "{asset.name} is below its liquidity floor"

        test "a large asset passes"
          given asset { symbol: "BIG", name: "Big", market_cap: 200000000, domestic_handler_count: 3 }
          expect DEMO-F1 pass
        """;

    private const string Functions = """
        using Tao.Rules;

        public static class ListingFunctions
        {
            [RuleFunction(Unit = "USD")]
            public static double LiquidityFloor([RuleUnit("USD")] double referenceCap, double handlers) => referenceCap * handlers;
        }
        """;

    [Fact]
    public async Task A_cost_budget_in_globalconfig_reports_rules_over_it()
    {
        var test = new RuleFileAnalyzerTest((RankedPath, Ranked));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ntao_rules.cost_budget = 1000\n"));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO4012").WithSpan(RankedPath, 4, 6, 4, 13)
            .WithArguments("rule 'DEMO-01' has an estimated cost of 10969, over the budget of 1000; most of it is rank(all …) at line 7 (10966)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_budget_no_rule_is_over_it()
    {
        await new RuleFileAnalyzerTest((RankedPath, Ranked)).RunAsync();
    }

    [Fact]
    public async Task A_rule_function_of_the_same_project_binds_in_its_rule_files()
    {
        var test = new RuleFileAnalyzerTest((CallerPath, Caller));
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(OfflineReferences.Framework);
        test.TestState.Sources.Add(Functions);
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_the_rule_function_its_call_is_unknown()
    {
        var test = new RuleFileAnalyzerTest((CallerPath, Caller));
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(OfflineReferences.Framework);
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO3004").WithSpan(CallerPath, 7, 31, 7, 46)
            .WithArguments("unknown function 'liquidity_floor'"));
        await test.RunAsync();
    }
}
