using Tao.Rules.Binding;
using Tao.Rules.Evaluation;
using Tao.Rules.Syntax;

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
    public void Every_rule_is_named_by_an_explicit_pass_and_fail_expectation(string name)
    {
        var package = ShippedPacks.Compilation.Packages.Single(p => p.Name == name);
        var expected = package.Tests
            .SelectMany(t => t.Expectations.OfType<BoundExpectOutcome>())
            .ToLookup(e => e.Rule.Id, e => e.Outcome, StringComparer.Ordinal);

        Assert.NotEmpty(package.Rules);
        Assert.All(package.Rules, rule =>
        {
            Assert.Contains(Outcome.Pass, expected[rule.Id]);
            Assert.Contains(Outcome.Fail, expected[rule.Id]);
        });
    }

    [Theory]
    [MemberData(nameof(PackNames))]
    public void Every_rule_has_a_severity_a_specific_citation_a_because_naming_values_and_a_remedy(string name)
    {
        var package = ShippedPacks.Compilation.Packages.Single(p => p.Name == name);

        Assert.All(package.Rules, rule =>
        {
            var syntax = rule.Syntax;
            Assert.NotNull(syntax.Severity);
            Assert.True(syntax.Cite!.Citation.Value.Length >= 40, $"{rule.Id}: the citation should say which text and where");
            Assert.Contains(syntax.Because!.Text.Parts, part => part is InterpolationHoleSyntax);
            Assert.NotNull(syntax.Remedy);
        });
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
