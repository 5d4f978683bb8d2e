using System.Text.Json;

namespace Tao.Rules.Cli.Tests;

/// <summary>The commands on the shipped packs and sample data (rules/), as the README shows them.</summary>
public sealed class ShippedPacksTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Eval_judges_every_sample_asset_with_every_asset_pack()
    {
        var result = CliRun.InProcess(
            "eval", "--rules", Path.Combine(Root, "rules"), "--facts", Path.Combine(Root, "rules/samples/assets.yaml"),
            "--waivers", Path.Combine(Root, "rules/samples/waivers.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var verdicts = json.RootElement.GetProperty("verdicts").EnumerateArray().ToList();
        var packs = verdicts.Select(v => v.GetProperty("pack").GetString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.DoesNotContain("tao.subnets", packs);
        Assert.Contains("jp.listing", packs);
        Assert.All(
            verdicts.GroupBy(v => v.GetProperty("entity").GetString()),
            entity => Assert.Equal(packs, entity.Select(v => v.GetProperty("pack").GetString()).Order(StringComparer.Ordinal)));
        Assert.Contains("'tao.subnets' judges 'subnet' entities", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_tests_pass()
    {
        var result = CliRun.InProcess("test", Path.Combine(Root, "rules"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.EndsWith(" passed, 0 failed.", result.OutLines[^1], StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tao.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tao.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
