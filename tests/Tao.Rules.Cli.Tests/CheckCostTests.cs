using System.Globalization;

namespace Tao.Rules.Cli.Tests;

/// <summary><c>check --costs</c>, <c>--cost-budget</c> (TAO4012) and <c>--assumed-population</c>.</summary>
public sealed class CheckCostTests : IDisposable
{
    private const string Pack = """
        package demo.costs
          applies to subnet

        rule DEMO-01 "Cheap"
          severity major
          cite "Demo"
          require subnet.tao_in >= 1 TAO
          because "b"

        rule DEMO-02 "Ranked"
          severity major
          cite "Demo"
          require rank(all subnet.market_cap) <= 10
          because "b"

        test "t"
          given subnet { netuid: 1, tao_in: 2 TAO, market_cap: 5 TAO }
          expect DEMO-01 pass
          expect DEMO-02 pass
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Costs_table_lists_rules_costliest_first()
    {
        var file = _folder.Write("costs.rules", Pack);

        var result = CliRun.InProcess("check", file, "--costs", "--assumed-population", "128");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            [
                "1 file checked: 0 errors, 0 warnings.",
                "Estimated rule costs (population 128, lists of 10; see docs/cost.md):",
                "package     rule     cost  largest parts",
                "----------  -------  ----  --------------------------------------",
                "demo.costs  DEMO-02  1027  rank(all …) at line 13 1024, require 3",
                "demo.costs  DEMO-01  3     require 3",
            ],
            result.OutLines);
    }

    [Fact]
    public void A_budget_warns_at_the_rule_and_warnaserror_fails_the_run()
    {
        var file = _folder.Write("costs.rules", Pack);

        var warned = CliRun.InProcess("check", file, "--cost-budget", "1000", "--assumed-population", "128");
        Assert.Equal(ExitCodes.Success, warned.ExitCode);
        Assert.Equal(
            [
                $"{file}(10,6): warning TAO4012: rule 'DEMO-02' has an estimated cost of 1027, over the budget of 1000; most of it is rank(all …) at line 13 (1024)",
                "1 file checked: 0 errors, 1 warning.",
            ],
            warned.OutLines);

        var failed = CliRun.InProcess("check", file, "--cost-budget", "1000", "--assumed-population", "128", "--warnaserror");
        Assert.Equal(ExitCodes.Findings, failed.ExitCode);

        var clean = CliRun.InProcess("check", file, "--cost-budget", "1027", "--assumed-population", "128");
        Assert.Equal("1 file checked: 0 errors, 0 warnings.", clean.OutLines.Last());
    }

    [Theory]
    [InlineData("--cost-budget", "0", "tao-rules: --cost-budget 0 is not a positive number.")]
    [InlineData("--cost-budget", "lots", "tao-rules: --cost-budget lots is not a positive number.")]
    [InlineData("--assumed-population", "0", "tao-rules: --assumed-population 0 is not a positive whole number.")]
    [InlineData("--assumed-population", "1.5", "tao-rules: --assumed-population 1.5 is not a positive whole number.")]
    public void A_non_positive_setting_is_bad_input(string option, string value, string message)
    {
        var file = _folder.Write("costs.rules", Pack);

        var result = CliRun.InProcess("check", file, option, value);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.Empty(result.Out);
    }

    [Fact]
    public void A_fractional_budget_reads_the_same_in_every_culture()
    {
        var file = _folder.Write("costs.rules", Pack);
        var result = InCulture.Run(CultureInfo.GetCultureInfo("de-DE"), () => CliRun.InProcess("check", file, "--cost-budget", "1026.5", "--assumed-population", "128"));
        Assert.Contains(
            $"{file}(10,6): warning TAO4012: rule 'DEMO-02' has an estimated cost of 1027, over the budget of 1026.5; most of it is rank(all …) at line 13 (1024)",
            result.OutLines);
    }
}
