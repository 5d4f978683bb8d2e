using System.Globalization;
using System.Xml.Linq;

namespace Tao.Rules.Cli.Tests;

public sealed class TestCommandTests : IDisposable
{
    private const string Pack = """
        package demo.tests
          title "Demo tests"
          applies to asset
          jurisdiction JP
          version "2026.1"
          effective 2026-01-01

        rule T-01 "Large enough"
          severity major
          cite "Demo policy 1"
          require asset.market_cap >= 100_000_000 USD
          because "{asset.symbol} is too small"

        rule T-02 "Tokens are audited"
          severity minor
          cite "Demo policy 2"
          when asset.asset_type == "token"
          require asset.audit_count >= 1
          because "{asset.symbol} has no audit"

        test "a large coin passes"
          given asset { symbol: "BIG", market_cap: 2_000_000_000 USD, asset_type: "native" }
          expect T-01 pass
          expect T-02 not_applicable

        test "a small token fails"
          given asset { symbol: "TINY", market_cap: 1_000 USD, asset_type: "token", audit_count: 0 }
          expect T-01 fail
          expect T-02 fail
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Passing_tests_exit_0_with_a_summary()
    {
        _folder.Write("rules/demo.rules", Pack);

        var result = CliRun.InProcess("test", _folder.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("2 tests in 1 package: 2 passed, 0 failed.", Assert.Single(result.OutLines));
    }

    [Fact]
    public void A_failed_expectation_is_a_TAO7001_line_at_the_expect_and_exit_1()
    {
        var file = _folder.Write("rules/demo.rules", Pack.Replace("expect T-02 fail", "expect T-02 pass", StringComparison.Ordinal));

        var result = CliRun.InProcess("test", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var failure = Assert.Single(result.OutLines, l => l.Contains("TAO7001", StringComparison.Ordinal));
        Assert.StartsWith($"{file}(29,3): error TAO7001: ", failure, StringComparison.Ordinal);
        Assert.Equal("2 tests in 1 package: 1 passed, 1 failed.", result.OutLines[^1]);
    }

    [Fact]
    public void Coverage_names_what_was_never_exercised_and_gives_a_percentage()
    {
        var file = _folder.Write("rules/demo.rules", Pack);

        var result = CliRun.InProcess("test", file, "--coverage");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        // T-01 passed and failed; T-02 failed, was not applicable, and 'when' was true and false: only "never passed".
        Assert.Contains($"{file}(14,1): coverage: rule 'T-02' never passed", result.OutLines);
        Assert.DoesNotContain(result.OutLines, l => l.Contains("'T-01'", StringComparison.Ordinal));
        Assert.Equal("Coverage: 83.3% (5 of 6 branches: each rule passing and failing, each 'when' true and false).", result.OutLines[^1]);
    }

    [Theory]
    [InlineData("90", ExitCodes.Findings)]
    [InlineData("80", ExitCodes.Success)]
    [InlineData("101", ExitCodes.BadInput)]
    public void Threshold_fails_below_the_percentage(string threshold, int expected)
    {
        var file = _folder.Write("rules/demo.rules", Pack);

        var result = CliRun.InProcess("test", file, "--threshold", threshold);

        Assert.Equal(expected, result.ExitCode);
        if (expected != ExitCodes.BadInput)
        {
            Assert.EndsWith($"; threshold {threshold}%.", result.OutLines[^1], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Threshold_is_read_with_a_dot_in_every_culture(string culture)
    {
        var file = _folder.Write("rules/demo.rules", Pack);

        var result = InCulture.Run(new CultureInfo(culture), () => CliRun.InProcess("test", file, "--threshold", "83.5"));

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.EndsWith("; threshold 83.5%.", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_that_is_not_a_number_is_bad_usage()
    {
        var file = _folder.Write("rules/demo.rules", Pack);

        var result = CliRun.InProcess("test", file, "--threshold", "83,5");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'83,5' is not a number", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_xml_is_well_formed_with_one_testcase_per_test_block()
    {
        var file = _folder.Write("rules/demo.rules", Pack.Replace("expect T-02 fail", "expect T-02 pass", StringComparison.Ordinal).Replace("a small token fails", "a small <token> & co", StringComparison.Ordinal));
        var junit = Path.Combine(_folder.Path, "out", "junit.xml");

        var result = CliRun.InProcess("test", file, "--junit", junit);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var xml = XDocument.Load(junit);
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal("demo.tests", suite.Attribute("name")!.Value);
        Assert.Equal("2", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["a large coin passes", "a small <token> & co"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Null(cases[0].Element("failure"));
        var failure = cases[1].Element("failure")!;
        Assert.Equal("TAO7001", failure.Attribute("type")!.Value);
        Assert.Contains("(29,3): error TAO7001", failure.Value, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(junit)!, "*.tmp"));
    }

    [Fact]
    public void Errors_in_the_rules_are_exit_1_before_any_test_runs()
    {
        var file = _folder.Write("rules/demo.rules", Pack.Replace("asset.audit_count", "asset.audit_cont", StringComparison.Ordinal));

        var result = CliRun.InProcess("test", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("error TAO3001: unknown field 'asset.audit_cont'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("passed", StringComparison.Ordinal));
    }
}
