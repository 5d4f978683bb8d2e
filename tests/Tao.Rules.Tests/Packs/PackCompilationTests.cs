using Tao.Rules.Evaluation;

namespace Tao.Rules.Tests.Packs;

public class PackCompilationTests
{
    public static TheoryData<string> PackNames => new() { "jp.listing", "hk.sfc.retail", "us.etp.generic", "eu.mica.admission", "tao.subnets" };

    [Fact]
    public void Every_shipped_pack_and_schema_compiles_without_any_diagnostic()
    {
        Assert.Contains("rules/schema/asset.schema.yaml", ShippedPacks.RuleAndSchemaFiles);
        Assert.Contains("rules/schema/subnet.schema.yaml", ShippedPacks.RuleAndSchemaFiles);
        Assert.Contains("rules/eu/mica-admission.rules.yaml", ShippedPacks.RuleAndSchemaFiles);

        Assert.Empty(ShippedPacks.Compilation.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(
            ["eu.mica.admission", "hk.sfc.retail", "jp.listing", "tao.subnets", "us.etp.generic"],
            ShippedPacks.Compilation.Packages.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PackNames))]
    public void Every_rule_test_of_the_pack_passes(string name)
    {
        var report = RuleTestRunner.Run(ShippedPacks.Pack(name));

        Assert.NotEmpty(report.Tests);
        Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
        Assert.All(report.Tests, t => Assert.True(t.Passed, $"{t.Name}: {t.SetupError}"));
    }

    [Theory]
    [MemberData(nameof(PackNames))]
    public void The_pack_tests_cover_pass_fail_and_when_of_every_rule(string name)
    {
        var coverage = RuleTestRunner.Run(ShippedPacks.Pack(name)).Coverage;

        Assert.NotEmpty(coverage.Rules);
        Assert.Empty(coverage.Rules.Where(r => r.Gaps.Count > 0).Select(r => $"{r.RuleId}: {string.Join(", ", r.Gaps)}"));
        Assert.Equal(100, coverage.Percent);
    }
}
