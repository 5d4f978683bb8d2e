using System.Globalization;
using System.Text;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>A compiled pack is immutable: many fact tables evaluated at once give what each gives alone; the bulk path allocates only result storage.</summary>
public sealed class CompiledPackSharingTests
{
    private const string Pack = """
        package bulk.checks
          applies to asset
        param min_cap = 1_000_000 USD
        let ratio = asset.circulating_supply / asset.max_supply
        let above_average = asset.market_cap > avg(all asset.market_cap where has(asset.market_cap))
        rule CAP-01 "cap"
          severity major
          require asset.market_cap >= min_cap
        rule RATIO-01 "ratio"
          severity minor
          require ratio <= 1
        rule PRIV-01 "privacy"
          severity blocker
          when asset.asset_type != "security"
          require not asset.has_privacy_feature and asset.issuer_identified
        rule AVG-01 "above average"
          severity info
          require above_average or asset.domestic_handler_count between 3 and 10
        """;

    private static string Facts(int count, int salt)
    {
        var text = new StringBuilder("as_of: 2026-01-09\nentities:\n");
        for (var i = 0; i < count; i++)
        {
            var v = (i * 7919) + salt;
            text.Append(CultureInfo.InvariantCulture, $"  - {{ symbol: A{i}, market_cap: {v % 5 * 700_000}, circulating_supply: {v % 11}, max_supply: {v % 4}, asset_type: {(v % 3 == 0 ? "security" : "token")}");
            if (v % 5 != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $", has_privacy_feature: {(v % 7 == 0 ? "true" : "false")}, issuer_identified: {(v % 2 == 0 ? "true" : "false")}, domestic_handler_count: {v % 13}");
            }

            text.Append(" }\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Many_tables_evaluated_concurrently_give_what_each_gives_alone()
    {
        var pack = Compile(Pack);
        Assert.All(Enumerable.Range(0, pack.RulesInOrder.Count), rule => Assert.True(pack.IsRuleCompiled(rule)));
        var tables = Enumerable.Range(0, 16).Select(salt => LoadFacts(pack, Facts(200, salt))).ToArray();
        var alone = tables.Select(t => Outcomes(pack.Evaluate(t, EvaluationOptions.Default))).ToArray();
        var together = new string[tables.Length * 4][];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var result = pack.Evaluate(tables[i % tables.Length], EvaluationOptions.Default);
            together[i] = Outcomes(result);
            _ = result.Results().Count();
        });
        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % tables.Length], together[i]);
        }

        Assert.Contains(alone.SelectMany(a => a), line => line.EndsWith("error", StringComparison.Ordinal));
        Assert.Contains(alone.SelectMany(a => a), line => line.EndsWith("unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bulk_path_allocates_no_more_per_entity_than_its_result_storage()
    {
        var pack = Compile(Pack.Replace("asset.circulating_supply / asset.max_supply", "asset.circulating_supply / (asset.max_supply + 1)", StringComparison.Ordinal));
        var small = LoadFacts(pack, Facts(1_000, 1));
        var large = LoadFacts(pack, Facts(5_000, 1));
        pack.Evaluate(small, EvaluationOptions.Default);
        pack.Evaluate(large, EvaluationOptions.Default);

        var smallBytes = Allocated(() => pack.Evaluate(small, EvaluationOptions.Default));
        var largeBytes = Allocated(() => pack.Evaluate(large, EvaluationOptions.Default));
        var perEntity = (double)(largeBytes - smallBytes) / 4_000;

        // Result storage per entity: one outcome byte per rule, one 24-byte value per let, and the aggregate's list of
        // member values (8 bytes, doubled by list growth). Anything allocated per condition evaluated would be far more.
        var storage = pack.RulesInOrder.Count + (pack.Package.Lets.Count * 24) + 32;
        Assert.True(perEntity <= storage, $"{perEntity} bytes per entity, storage is {storage}");
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
