using System.Text.Json;

namespace Tao.Rules.Cli.Tests;

/// <summary>eval on every shipped pack at once, as the README shows it (ShippedPacksCliTests covers the packs one by one).</summary>
public sealed class ShippedPacksEvalTests
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
