using RulesEngine.Models;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// The same 15 checks as a Microsoft RulesEngine workflow over <see cref="BenchAsset"/>. RulesEngine is two-valued, so
/// each expression is written as "the rule passes", with explicit null checks: a missing fact must not pass (left to
/// itself, a lifted comparison on a null is silently false, and <c>!</c> of it silently true). Its <c>IsSuccess</c>
/// therefore equals our <see cref="Outcome.Pass"/>; its false lumps fail, unknown and not-applicable together.
/// </summary>
public static class RulesEngineScreen
{
    public const string WorkflowName = "bench.listing";

    public static readonly IReadOnlyList<(string Id, string Expression)> Rules =
    [
        ("BL-01", "input1.MarketCap != null && input1.MarketCap >= 100000000"),
        ("BL-02", "input1.Adv30d != null && input1.Adv30d >= 1000000"),
        ("BL-03", "input1.DomesticHandlerCount != null && input1.DomesticHandlerCount >= 3"),
        ("BL-04", "input1.CustodyColdRatio != null && input1.CustodyColdRatio >= 95"),
        ("BL-05", "input1.MaxRetailLeverage != null && input1.MaxRetailLeverage <= 2"),
        ("BL-06", "input1.AuditCount != null && input1.AuditCount >= 1"),
        ("BL-07", "input1.HasPrivacyFeature == false"),
        ("BL-08", "input1.IssuerIdentified == true"),
        ("BL-09", "input1.CentralizedAdmin == false || input1.AdminCanFreezeOrMint == false"),
        ("BL-10", "input1.WhitepaperPublished == true && input1.WhitepaperNotified == true"),
        ("BL-11", "input1.IndexInclusionCount != null && input1.IndexInclusionCount > 0 && ((input1.IndependentIndexProviders != null && input1.IndependentIndexProviders >= 2) || input1.TradfiIndexProvider == true)"),
        ("BL-12", "input1.IsgMarket == true || (input1.CftcFuturesMonths != null && input1.CftcFuturesMonths >= 6)"),
        ("BL-13", "input1.EtfNavExposure != null && input1.EtfNavExposure <= 40"),
        ("BL-14", "input1.CirculatingSupply != null && input1.MaxSupply != null && input1.CirculatingSupply <= input1.MaxSupply"),
        ("BL-15", "input1.Adv30d != null && input1.MarketCap != null && input1.Adv30d >= input1.MarketCap * 0.001"),
    ];

    public static RulesEngine.RulesEngine CreateEngine()
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = Rules.Select(r => new Rule
            {
                RuleName = r.Id,
                Expression = r.Expression,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            }).ToList(),
        };
        return new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    /// <summary>Runs the workflow on one asset; writes whether each rule succeeded into <paramref name="passed"/>.</summary>
    public static void Evaluate(RulesEngine.RulesEngine engine, BenchAsset asset, Span<bool> passed)
    {
        var results = engine.ExecuteAllRulesAsync(WorkflowName, asset).GetAwaiter().GetResult();
        for (var r = 0; r < results.Count; r++)
        {
            passed[r] = results[r].IsSuccess;
        }
    }

    /// <summary>Runs the workflow once and throws unless every rule ran, in workflow order, without an exception.</summary>
    public static void CheckRuns(RulesEngine.RulesEngine engine, BenchAsset asset)
    {
        var results = engine.ExecuteAllRulesAsync(WorkflowName, asset).GetAwaiter().GetResult();
        for (var r = 0; r < Rules.Count; r++)
        {
            if (results[r].Rule.RuleName != Rules[r].Id || !string.IsNullOrEmpty(results[r].ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule {Rules[r].Id}: got {results[r].Rule.RuleName}, {results[r].ExceptionMessage}");
            }
        }
    }
}
