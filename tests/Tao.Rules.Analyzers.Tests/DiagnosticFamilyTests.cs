using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>Each family of the catalog, through the analyzer: a file that triggers it and one that does not.</summary>
public sealed class DiagnosticFamilyTests
{
    [Fact]
    public async Task Syntax_a_clean_rule_file_reports_nothing()
    {
        await new RuleFileAnalyzerTest(("/rules/clean.rules", RuleFileFixtures.CleanDsl)).RunAsync();
    }

    [Fact]
    public async Task Syntax_an_unknown_unit_is_TAO1005_at_the_unit()
    {
        var text = RuleFileFixtures.CleanDsl.Replace("100000000 USD", "100000000 USDX", StringComparison.Ordinal);
        var test = new RuleFileAnalyzerTest(("/rules/unit.rules", text));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO1005").WithSpan("/rules/unit.rules", 7, 41, 7, 45)
            .WithArguments("unknown unit 'USDX'; did you mean 'USD'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Yaml_a_clean_yaml_rule_file_reports_nothing()
    {
        await new RuleFileAnalyzerTest(("/rules/clean.rules.yaml", RuleFileFixtures.CleanYaml)).RunAsync();
    }

    [Fact]
    public async Task Yaml_an_unknown_key_is_TAO2002_at_the_key()
    {
        var text = RuleFileFixtures.CleanYaml.Replace("    severity: major", "    severty: major", StringComparison.Ordinal);
        var test = new RuleFileAnalyzerTest(("/rules/key.rules.yaml", text));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO2002").WithSpan("/rules/key.rules.yaml", 6, 5, 6, 12)
            .WithArguments("unknown key 'severty' in rule 'DEMO-Y1'; did you mean 'severity'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Binding_an_unknown_field_is_TAO3001_at_the_field()
    {
        var text = RuleFileFixtures.CleanDsl.Replace("asset.market_cap >=", "asset.market_kap >=", StringComparison.Ordinal);
        var test = new RuleFileAnalyzerTest(("/rules/field.rules", text));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO3001").WithSpan("/rules/field.rules", 7, 17, 7, 27)
            .WithArguments("unknown field 'asset.market_kap'; did you mean 'asset.market_cap'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Hygiene_a_rule_without_a_citation_is_TAO4002_at_the_rule()
    {
        var text = RuleFileFixtures.CleanDsl.Replace("  cite \"Internal listing policy 1.1\"\n", string.Empty, StringComparison.Ordinal);
        var test = new RuleFileAnalyzerTest(("/rules/cite.rules", text));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO4002").WithSpan("/rules/cite.rules", 4, 6, 4, 13)
            .WithArguments("rule 'DEMO-01' has no 'cite'; say which regulation or policy it encodes"));
        await test.RunAsync();
    }
}
