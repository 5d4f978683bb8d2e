using System.Diagnostics;
using System.Text;
using Tao.Rules.Evaluation;
namespace Tao.Rules.Tests.Evaluation;
public sealed class ScratchTiming(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Time()
    {
        var pack = EvaluationHarness.Compile("""
            package b
              applies to asset
            param min_cap = 100_000_000 USD
            rule R-01 "a"
              require asset.market_cap >= min_cap
            rule R-02 "b"
              require asset.circulating_supply <= asset.max_supply
            rule R-03 "c"
              require not (asset.has_privacy_feature and asset.issuer_identified)
            rule R-04 "d"
              when asset.domestic_handler_count > 0
              require asset.custody_cold_ratio >= 95 % or asset.issuer_identified
            rule R-05 "e"
              require asset.max_retail_leverage <= 2 x
            """);
        var csv = new StringBuilder("symbol,market_cap,circulating_supply,max_supply,has_privacy_feature,issuer_identified,domestic_handler_count,custody_cold_ratio,max_retail_leverage\n");
        for (var i = 0; i < 100_000; i++) csv.Append($"A{i},{i * 3000},{i % 7},{i % 5},{(i % 3 == 0 ? "true" : "false")},{(i % 4 == 0 ? "" : "true")},{i % 6},{90 + i % 10},{i % 4}\n");
        var facts = EvaluationHarness.LoadFacts(pack, csv.ToString(), "a.csv");
        var options = new EvaluationOptions { AsOf = new DateTime(2026, 1, 9), Engine = EvaluationEngine.Compiled };
        pack.Evaluate(facts, options);
        var sw = Stopwatch.StartNew();
        for (var k = 0; k < 10; k++) pack.Evaluate(facts, options);
        output.WriteLine($"compiled ns/entity {sw.Elapsed.TotalMilliseconds * 1e6 / 1_000_000 / 1:0.0}");
        var interp = new EvaluationOptions { AsOf = new DateTime(2026, 1, 9), Engine = EvaluationEngine.Interpreted };
        sw.Restart();
        for (var k = 0; k < 3; k++) pack.Evaluate(facts, interp);
        output.WriteLine($"interpreted ns/entity {sw.Elapsed.TotalMilliseconds * 1e6 / 300_000:0.0}");
    }
}
