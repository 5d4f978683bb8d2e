using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.Tests.Packs;

/// <summary>What the shipped packs say about the shipped samples (the facts files' own as_of, 2026-01-09).</summary>
public class SampleEvaluationTests
{
    private static EvaluationResult Evaluate(string pack, string file, string kind, params string[] overrides)
    {
        var facts = SampleFactsTests.Load(file, kind, out var loadDiagnostics);
        Assert.Empty(loadDiagnostics);
        var bag = new DiagnosticBag();
        var parameters = overrides.Select(o => { Assert.True(ParamOverride.TryParse(o, out var parsed)); return parsed!; }).ToList();
        var options = new EvaluationOptions { Params = parameters };
        Assert.True(ShippedPacks.Pack(pack).TryEvaluate(facts, options, bag, out var result), string.Join("\n", bag));
        return result!;
    }

    private static string VerdictOf(EvaluationResult result, string entity) =>
        EvaluationResult.VerdictText(result.Verdicts().Single(v => v.Entity == entity).Verdict);

    [Fact]
    public void Under_the_Japan_pack_BTC_is_ready_XMR_blocked_and_TAO_not_ready()
    {
        var result = Evaluate("jp.listing", "assets.yaml", "asset");

        Assert.Equal("ready", VerdictOf(result, "BTC"));
        Assert.Equal("blocked", VerdictOf(result, "XMR"));
        Assert.NotEqual("ready", VerdictOf(result, "TAO"));
        Assert.Equal(Outcome.Fail, result.Results().Single(r => r is { Entity: "TAO", RuleId: "JP-GL-01" }).Outcome);
        Assert.Equal("blocked", VerdictOf(result, "BUIDL"));
    }

    [Fact]
    public void Every_asset_pack_evaluates_the_asset_sample_without_errors()
    {
        foreach (var pack in new[] { "jp.listing", "hk.sfc.retail", "us.etp.generic", "eu.mica.admission" })
        {
            var result = Evaluate(pack, "assets.yaml", "asset");
            Assert.DoesNotContain(result.Results(), r => r.Outcome == Outcome.Error);
            Assert.Contains(result.Results(), r => r.Outcome == Outcome.Unknown);   // the sample leaves facts out on purpose
        }
    }

    [Fact]
    public void The_projected_daily_emissions_of_the_128_sample_subnets_add_up_to_3600_TAO()
    {
        var result = Evaluate("tao.subnets", "subnets.yaml", "subnet");
        var projections = result.Derived().Where(d => d.Name == "projected_daily").ToList();

        Assert.Equal(128, projections.Count);
        Assert.All(projections.Where(d => d.Value is not null), d => Assert.Equal("TAO", d.Unit));
        Assert.Equal(3_600, projections.Sum(d => d.Value is double v ? v : 0), 6);
        Assert.Null(projections.Single(d => d.Entity == "0").Value);              // root receives no share
        Assert.All(projections.Where(d => d.Entity != "0"), d => Assert.IsType<double>(d.Value));
        Assert.Equal(0, (double)projections.Single(d => d.Entity == "127").Value!); // subtoken not enabled yet

        var chutes = (double)projections.Single(d => d.Entity == "64").Value!;
        Assert.Equal(projections.Max(d => d.Value is double v ? v : 0), chutes);
    }

    [Fact]
    public void A_larger_TaoFlow_exponent_concentrates_emission_but_keeps_the_daily_total()
    {
        static double Projection(EvaluationResult result, string netuid) =>
            (double)result.Derived().Single(d => d.Entity == netuid && d.Name == "projected_daily").Value!;

        var linear = Evaluate("tao.subnets", "subnets.yaml", "subnet");
        var squared = Evaluate("tao.subnets", "subnets.yaml", "subnet", "tao.subnets.flow_exponent=2");

        Assert.Equal(3_600, squared.Derived().Where(d => d.Name == "projected_daily").Sum(d => d.Value is double v ? v : 0), 6);
        Assert.True(Projection(squared, "64") > Projection(linear, "64"));
        Assert.True(Projection(squared, "8") < Projection(linear, "8"));
    }

    [Fact]
    public void At_the_limit_only_the_lowest_non_immune_subnet_is_the_prune_candidate()
    {
        var result = Evaluate("tao.subnets", "subnets.yaml", "subnet");

        var candidates = result.Results().Where(r => r.RuleId == "TAO-PRUNE-01" && r.Outcome == Outcome.Fail).Select(r => r.Entity);
        Assert.Equal(["93"], candidates);
        Assert.Equal(Outcome.NotApplicable, result.Results().Single(r => r is { Entity: "0", RuleId: "TAO-PRUNE-01" }).Outcome);
        Assert.Equal(Outcome.NotApplicable, result.Results().Single(r => r is { Entity: "121", RuleId: "TAO-PRUNE-01" }).Outcome);
        Assert.DoesNotContain(result.Results(), r => r.Outcome == Outcome.Error);
    }
}
