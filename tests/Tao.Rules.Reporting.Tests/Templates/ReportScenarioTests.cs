using System.Text.Json;
using System.Xml.Linq;
using Tao.Rules.Cli;
using Tao.Rules.Cli.Tests;
using Tao.Rules.Tests;

namespace Tao.Rules.Reporting.Tests.Templates;

/// <summary><c>report</c>'s scenario (<c>--scenario FILE</c> or a repeated <c>--param</c>) and its SARIF and JUnit exports, end to end in-process.</summary>
public sealed class ReportScenarioTests : IDisposable
{
    private static readonly string Subnets = Path.Combine(RepositoryRoot.Path, "rules", "bittensor");
    private static readonly string SubnetFacts = Path.Combine(RepositoryRoot.Path, "rules", "samples", "subnets.yaml");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "out");

    [Fact]
    public void With_no_arguments_the_subnet_report_sets_the_sample_halving_beside_the_current_emission_and_sarif_and_junit_are_written()
    {
        var result = CliRun.InProcess("report", "--out", Out);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var html = File.ReadAllText(Path.Combine(Out, "tao.subnets.html"));
        Assert.Contains("<dt>Scenario</dt><dd>Second halving: 0.25 TAO per block: <code>block_emission = 0.25 TAO/block</code> (now 0.5 TAO/block)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">3600 TAO</th><th class=\"num\">1800 TAO</th>", html, StringComparison.Ordinal);
        Assert.Contains("| **3600 TAO** | **1800 TAO** |", File.ReadAllText(Path.Combine(Out, "tao.subnets.md")), StringComparison.Ordinal);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "results.sarif")));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("properties").GetProperty("pack").GetString()).Distinct().ToList();
        Assert.Equal(["eu.mica.admission", "hk.sfc.retail", "jp.listing", "us.etp.generic", "tao.subnets"], rules);
        var suites = XDocument.Parse(File.ReadAllText(Path.Combine(Out, "results.junit.xml"))).Root!.Elements("testsuite").ToList();
        Assert.Equal(rules, suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal(128 * 8, (int)suites[^1].Attribute("tests")!);
        Assert.Contains("<a href=\"results.sarif\">", File.ReadAllText(Path.Combine(Out, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_param_given_twice_is_the_run_value_then_the_scenario_value()
    {
        var result = CliRun.InProcess(
            "report", "--rules", Subnets, "--facts", SubnetFacts, "--out", Out,
            "--param", "tao.subnets.block_emission=0.5 TAO/block", "--param", "tao.subnets.block_emission=0.3 TAO/block");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var html = File.ReadAllText(Path.Combine(Out, "tao.subnets.html"));
        Assert.Contains("<dt>Scenario</dt><dd>tao.subnets.block_emission=0.3 TAO/block: <code>block_emission = 0.3 TAO/block</code> (now 0.5 TAO/block)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">3600 TAO</th><th class=\"num\">2160 TAO</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_file_changes_only_the_packs_whose_params_it_names()
    {
        var scenario = _folder.Write("faster.scenario.yaml", "name: \"More blocks\"\nparams:\n  tao.subnets.blocks_per_day: 14_400 blocks\n");

        var result = CliRun.InProcess("report", "--rules", Subnets, "--facts", SubnetFacts, "--out", Out, "--scenario", scenario);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("<th class=\"num\">3600 TAO</th><th class=\"num\">7200 TAO</th>", File.ReadAllText(Path.Combine(Out, "tao.subnets.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("params:\n  tao.subnets.block_emission: 0.25 TAO/block\n", "(1,1): a scenario needs a 'name'.")]
    [InlineData("name: x\n", "(1,1): a scenario needs at least one entry under 'params'.")]
    [InlineData("name: x\nparams:\n  tao.subnets.block_emission: 0.25 TAO/block\nwhen: tomorrow\n", "(4,1): unknown key 'when' in a scenario file; expected 'name' or 'params'.")]
    [InlineData("name: x\nparams: [a, b]\n", "(2,9): 'params' must be a mapping of package.name: VALUE.")]
    [InlineData("name: x\nparams:\n  tao.subnets.block_emission: [1]\n", "(3,3): each param is 'package.name: VALUE'")]
    [InlineData("name: \"unterminated\nparams: {}\n", "(1,7): While scanning a multi-line double-quoted scalar, found wrong indentation.\n")]
    [InlineData("- a list\n", "(1,1): a scenario file is a mapping with 'name' and 'params'.")]
    public void A_bad_scenario_file_is_exit_2_with_the_file_line_and_column(string text, string expected)
    {
        var scenario = _folder.Write("bad.scenario.yaml", text);

        var result = CliRun.InProcess("report", "--rules", Subnets, "--facts", SubnetFacts, "--out", Out, "--scenario", scenario);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("tao-rules: " + scenario + expected, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("name: x\nparams:\n  nowhere.block_emission: 1\n", "names the package 'nowhere', which is not among the rules")]
    [InlineData("name: x\nparams:\n  tao.subnets.block_emission: 5 USD\n", "block_emission")]
    public void A_scenario_value_the_rules_cannot_take_is_exit_2_and_writes_nothing(string text, string expected)
    {
        var scenario = _folder.Write("bad.scenario.yaml", text);

        var result = CliRun.InProcess("report", "--rules", Subnets, "--facts", SubnetFacts, "--out", Out, "--scenario", scenario);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Error + result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_scenario_file_and_a_repeated_param_together_are_exit_2()
    {
        var scenario = _folder.Write("a.scenario.yaml", "name: x\nparams:\n  tao.subnets.block_emission: 0.25 TAO/block\n");

        var result = CliRun.InProcess(
            "report", "--rules", Subnets, "--facts", SubnetFacts, "--out", Out, "--scenario", scenario,
            "--param", "tao.subnets.prune_watch=3", "--param", "tao.subnets.prune_watch=4");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("give a scenario either with --scenario or by repeating a --param (tao.subnets.prune_watch=4), not both", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_scenario_file_is_exit_2()
    {
        var result = CliRun.InProcess("report", "--rules", Subnets, "--facts", SubnetFacts, "--out", Out, "--scenario", Path.Combine(_folder.Path, "none.yaml"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("cannot read the scenario", result.Error, StringComparison.Ordinal);
    }
}
