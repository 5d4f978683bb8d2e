using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>Severity per id from .globalconfig and .editorconfig, as for any compiler diagnostic.</summary>
public sealed class SeverityConfigurationTests
{
    private const string UncitedPath = "/rules/cite.rules";

    private static readonly string Uncited =
        RuleFileFixtures.CleanDsl.Replace("  cite \"Internal listing policy 1.1\"\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Globalconfig_severity_none_silences_an_id()
    {
        var test = new RuleFileAnalyzerTest((UncitedPath, Uncited));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.TAO4002.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Globalconfig_for_another_id_leaves_this_one_alone()
    {
        var test = new RuleFileAnalyzerTest((UncitedPath, Uncited));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.TAO4004.severity = none\n"));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO4002").WithSpan(UncitedPath, 4, 6, 4, 13)
            .WithArguments("rule 'DEMO-01' has no 'cite'; say which regulation or policy it encodes"));
        await test.RunAsync();
    }

    /// <summary>
    /// An .editorconfig section matches source files; a rule file is an additional file, so its diagnostics take only
    /// the global options. docs/ide.md says to use .globalconfig; if Roslyn ever applies sections to additional files,
    /// this test fails and the page must change.
    /// </summary>
    [Fact]
    public async Task Editorconfig_sections_do_not_reach_rule_files()
    {
        var test = new RuleFileAnalyzerTest((UncitedPath, Uncited));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.TAO4002.severity = none\n"));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO4002").WithSpan(UncitedPath, 4, 6, 4, 13)
            .WithArguments("rule 'DEMO-01' has no 'cite'; say which regulation or policy it encodes"));
        await test.RunAsync();
    }
}
