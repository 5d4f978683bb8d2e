using System.Text.Json;

namespace Tao.Rules.Cli.Tests;

/// <summary>The acceptance commands of issue #4, run on the packs and samples shipped in rules/.</summary>
public class ShippedPacksCliTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static string RulesPath(string relative) => Path.Combine(Root, "rules", relative);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tao.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tao.Rules.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Check_with_warnings_as_errors_and_fmt_check_are_clean()
    {
        var check = CliRun.InProcess("check", RulesPath(""), "--warnaserror");
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings.", check.OutLines.Last(), StringComparison.Ordinal);

        var fmt = CliRun.InProcess("fmt", RulesPath(""), "--check");
        Assert.Equal(ExitCodes.Success, fmt.ExitCode);
    }

    [Fact]
    public void Test_with_full_coverage_passes()
    {
        var result = CliRun.InProcess("test", RulesPath(""), "--coverage", "--threshold", "100");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("Coverage: 100.0%", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains(" 0 failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_of_the_Japan_pack_gives_BTC_ready_XMR_blocked_and_TAO_not_ready()
    {
        var result = CliRun.InProcess("eval", "--rules", RulesPath("japan"), "--facts", RulesPath("samples/assets.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var verdicts = json.RootElement.GetProperty("verdicts").EnumerateArray()
            .ToDictionary(v => v.GetProperty("entity").GetString()!, v => v.GetProperty("verdict").GetString()!, StringComparer.Ordinal);
        Assert.Equal("ready", verdicts["BTC"]);
        Assert.Equal("blocked", verdicts["XMR"]);
        Assert.NotEqual("ready", verdicts["TAO"]);
    }

    [Fact]
    public void Eval_of_the_Bittensor_pack_projects_3600_TAO_a_day_over_the_sample()
    {
        var result = CliRun.InProcess("eval", "--rules", RulesPath("bittensor"), "--facts", RulesPath("samples/subnets.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var projections = json.RootElement.GetProperty("derived").EnumerateArray()
            .Where(d => d.GetProperty("name").GetString() == "projected_daily")
            .ToList();
        Assert.Equal(128, projections.Count);
        var total = projections
            .Select(d => d.GetProperty("value"))
            .Where(v => v.ValueKind == JsonValueKind.Number)
            .Sum(v => v.GetDouble());
        Assert.Equal(3_600, total, 6);
    }
}
