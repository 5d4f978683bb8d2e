using System.Globalization;
using System.Text.Json;
using Tao.Rules.Tests;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Cli.Tests.Diff;

/// <summary><c>tao-rules diff</c> in-process: each format on the shipped pack and samples, the options, the exit codes.</summary>
public sealed class DiffCommandTests
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly string Japan = Path.Combine(Root, "rules", "japan");
    private static readonly string Assets = Path.Combine(Root, "rules", "samples", "assets.yaml");

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("markdown")]
    public void Raising_min_handlers_flips_the_assets_handled_by_exactly_three_firms(string format)
    {
        var result = CliRun.InProcess("diff", "--rules", Japan, "--facts", Assets, "--param-after", "jp.listing.min_handlers=4", "--format", format);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Golden.Verify("diff-min-handlers." + format, Relative(result.Out));
    }

    [Fact]
    public void The_json_names_each_flip_with_its_reason()
    {
        var result = CliRun.InProcess("diff", "--rules", Japan, "--facts", Assets, "--param-after", "jp.listing.min_handlers=4", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(40, summary.GetProperty("entities").GetInt32());
        Assert.Equal(summary.GetProperty("entities").GetInt32() - summary.GetProperty("changed").GetInt32(), summary.GetProperty("unchanged").GetInt32());
        var uni = json.RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("entity").GetString() == "UNI");
        Assert.Equal(("ready", "at-risk"), (uni.GetProperty("verdict_before").GetString(), uni.GetProperty("verdict_after").GetString()));
        var reason = uni.GetProperty("rules")[0].GetProperty("reasons")[0];
        Assert.Equal(
            ("param", "min_handlers", "3", "4"),
            (reason.GetProperty("kind").GetString(), reason.GetProperty("subject").GetString(), reason.GetProperty("before").GetString(), reason.GetProperty("after").GetString()));
    }

    [Fact]
    public void Identical_sides_report_no_change_and_exit_0_even_with_fail_on_change()
    {
        var result = CliRun.InProcess("diff", "--before", Japan, "--after", Japan, "--facts", Assets, "--fail-on-change");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("diff: no change: none of the 40 entities changes verdict or rule outcome\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_exit_0_by_default_and_1_with_fail_on_change()
    {
        string[] args = ["diff", "--rules", Japan, "--facts", Assets, "--param-after", "jp.listing.min_handlers=4"];
        Assert.Equal(ExitCodes.Success, CliRun.InProcess(args).ExitCode);
        Assert.Equal(ExitCodes.Findings, CliRun.InProcess([.. args, "--fail-on-change"]).ExitCode);
    }

    [Fact]
    public void Two_fact_snapshots_name_the_fact_that_changed()
    {
        using var folder = new TempFolder();
        const string facts = """
            kind: asset
            as_of: 2026-01-09
            entities:
              - { symbol: AAA, name: A, asset_type: native, has_privacy_feature: false, domestic_handler_count: 5 }
              - { symbol: BBB, name: B, asset_type: native, has_privacy_feature: false, domestic_handler_count: 5 }
            """;
        var before = folder.Write("before.yaml", facts);
        var after = folder.Write("after.yaml", facts.Replace("symbol: AAA, name: A, asset_type: native, has_privacy_feature: false", "symbol: AAA, name: A, asset_type: native, has_privacy_feature: true", StringComparison.Ordinal));

        var result = CliRun.InProcess("diff", "--rules", Japan, "--facts-before", before, "--facts-after", after);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("diff: 1 of 2 entities change (1 verdict, 1 rule outcome); 1 unchanged", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"jp\.listing  AAA     [a-z-]+ -> blocked", result.Out);
        Assert.Contains("AAA     JP-FSA-01  pass -> fail  fact asset.has_privacy_feature: false -> true", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_rule_whose_require_changed_is_listed_in_its_pack_even_when_no_outcome_changes()
    {
        using var folder = new TempFolder();
        var yaml = File.ReadAllText(Path.Combine(Root, "rules", "eu", "mica-admission.rules.yaml"));
        var reworded = folder.Write("reworded.rules.yaml", yaml.Replace("    require: asset.offeror_legal_person\n", "    require: \"asset.offeror_legal_person   \"\n", StringComparison.Ordinal));
        var doubled = folder.Write("doubled.rules.yaml", yaml.Replace("    require: asset.offeror_legal_person\n", "    require: asset.offeror_legal_person and asset.offeror_legal_person\n", StringComparison.Ordinal));
        Assert.NotEqual(yaml, File.ReadAllText(doubled));

        var same = CliRun.InProcess("diff", "--before", Path.Combine(Root, "rules", "eu"), "--after", reworded, "--facts", Assets);
        var changed = CliRun.InProcess("diff", "--before", Path.Combine(Root, "rules", "eu"), "--after", doubled, "--facts", Assets);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (same.ExitCode, changed.ExitCode));
        Assert.StartsWith("diff: no change", same.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("rules changed", same.Out, StringComparison.Ordinal);
        Assert.StartsWith("diff: no change", changed.Out, StringComparison.Ordinal);
        Assert.Contains("pack eu.mica.admission:\n  rules changed: EU-MICA-05\n", changed.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_text_from_the_facts()
    {
        using var folder = new TempFolder();
        const string facts = """
            kind: asset
            as_of: 2026-01-09
            entities:
              - { symbol: "X|<b>*", name: X, asset_type: native, has_privacy_feature: false }
            """;
        var before = folder.Write("before.yaml", facts);
        var after = folder.Write("after.yaml", facts.Replace("has_privacy_feature: false", "has_privacy_feature: true", StringComparison.Ordinal));

        var result = CliRun.InProcess("diff", "--rules", Japan, "--facts-before", before, "--facts-after", after, "--format", "markdown");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(@"| jp.listing | X\|&lt;b&gt;\* | ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", result.Out, StringComparison.Ordinal);
        Assert.Contains("fact asset.has\\_privacy\\_feature: false → true", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_error_on_one_side_is_reported_with_its_position_and_exit_1()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("listing.rules", File.ReadAllText(Path.Combine(Japan, "listing.rules")).Replace("asset.domestic_handler_count >= min_handlers", "asset.domestic_handler_kount >= min_handlers", StringComparison.Ordinal));

        var result = CliRun.InProcess("diff", "--before", Japan, "--after", broken, "--facts", Assets);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("listing.rules(26,17): error TAO3001: unknown field 'asset.domestic_handler_kount'", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--before|R|--facts|F", "diff needs the rules of both sides")]
    [InlineData("--rules|R|--before|R|--after|R|--facts|F", "diff takes either --rules")]
    [InlineData("--rules|R", "diff needs the facts of both sides")]
    [InlineData("--rules|R|--facts|F|--facts-after|F", "diff takes either --facts")]
    [InlineData("--rules|R|--facts-before|F", "diff needs the facts of both sides")]
    [InlineData("--rules|R|--facts|F|--waivers|W|--waivers-after|W", "diff takes either --waivers")]
    public void Options_that_do_not_make_two_sides_are_bad_usage(string options, string message)
    {
        var args = options.Split('|').Select(o => o switch { "R" => Japan, "F" => Assets, "W" => Path.Combine(Root, "rules", "samples", "waivers.yaml"), _ => o });
        var result = CliRun.InProcess(["diff", .. args]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("tao-rules: " + message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_param_of_an_unknown_pack_on_one_side_is_bad_usage()
    {
        var result = CliRun.InProcess("diff", "--rules", Japan, "--facts", Assets, "--param-after", "jp.lsting.min_handlers=4");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--param 'jp.lsting.min_handlers=4' names the package 'jp.lsting'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Output_is_the_same_in_every_culture(string culture)
    {
        string[] args = ["diff", "--rules", Japan, "--facts", Assets, "--param-after", "jp.listing.min_cold_custody=97.5 %", "--format", "json"];
        var invariant = InCulture.Run(CultureInfo.InvariantCulture, () => CliRun.InProcess(args));
        var local = InCulture.Run(new CultureInfo(culture), () => CliRun.InProcess(args));

        Assert.Contains("\"before\": \"95 %\"", invariant.Out, StringComparison.Ordinal);
        Assert.Contains("\"after\": \"97.5 %\"", invariant.Out, StringComparison.Ordinal);
        Assert.Equal(invariant.Out, local.Out);
    }

    /// <summary>Paths under the repository as the README writes them, so golden files are the same on every machine.</summary>
    private static string Relative(string text) => text.Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace(Root + "/", string.Empty, StringComparison.Ordinal);
}
