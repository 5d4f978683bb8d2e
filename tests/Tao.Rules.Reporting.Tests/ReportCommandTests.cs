using System.Globalization;
using System.Text.Json;
using Tao.Rules.Cli.Tests;
using Tao.Rules.Tests;

namespace Tao.Rules.Reporting.Tests;

/// <summary><c>tao-rules report</c> end to end, in-process (defaults found from the test's folder up to the repository).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "out");

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private string CopyOfShippedTemplates()
    {
        var folder = Path.Combine(_folder.Path, "my-templates");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "templates"), "*.sbn"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [Fact]
    public void With_only_an_output_folder_it_reports_the_shipped_packs_on_the_samples()
    {
        var result = CliRun.InProcess("report", "--out", Out);

        Assert.True(result.ExitCode == 0, result.Error);
        var files = Directory.GetFiles(Out).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "eu.mica.admission.html", "eu.mica.admission.md", "hk.sfc.retail.html", "hk.sfc.retail.md", "index.html",
                "jp.listing.html", "jp.listing.md", "results.csv", "results.json", "results.junit.xml", "results.sarif", "tao.subnets.html", "tao.subnets.md",
                "us.etp.generic.html", "us.etp.generic.md",
            ],
            files);
        Assert.Equal(
            [
                "as of 2026-01-09",
                "package            version  kind    entities  ready  needs-evidence  at-risk  blocked",
                "-----------------  -------  ------  --------  -----  --------------  -------  -------",
                "eu.mica.admission  2026.1   asset   40        14     12              11       3",
                "hk.sfc.retail      2026.1   asset   40        10     27              0        3",
                "jp.listing         2026.1   asset   40        15     4               17       4",
                "us.etp.generic     2026.1   asset   40        8      30              0        2",
                "tao.subnets        2026.1   subnet  128       83     0               45       0",
                "Open " + Path.Combine(Out, "index.html"),
            ],
            result.OutLines);

        // Blocked verdicts do not fail the command: a report is not a gate (eval --fail-on is).
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the waiver of JP-GL-03 for USDT", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Results_json_has_the_stable_eval_shape_for_every_pack()
    {
        Assert.Equal(0, CliRun.InProcess("report", "--out", Out).ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "results.json")));
        var root = json.RootElement;
        Assert.Equal("2026-01-09", root.GetProperty("as_of").GetString());
        var verdicts = root.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal((4 * 40) + 128, verdicts.Count);
        Assert.Equal(
            ["eu.mica.admission", "hk.sfc.retail", "jp.listing", "tao.subnets", "us.etp.generic"],
            verdicts.Select(v => v.GetProperty("pack").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray());
        var waived = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("entity").GetString() == "TAO" && r.GetProperty("rule").GetString() == "JP-GL-01");
        Assert.Equal("waived", waived.GetProperty("outcome").GetString());

        var csv = File.ReadAllLines(Path.Combine(Out, "results.csv"));
        Assert.Equal("entity,pack,rule,outcome,severity,verdict,missing,explanation", csv[0]);
    }

    [Fact]
    public void Output_is_byte_identical_under_the_invariant_german_and_turkish_cultures()
    {
        var snapshots = InCulture.Telling.Select((culture, i) => InCulture.Run(culture, () =>
        {
            var folder = Path.Combine(_folder.Path, "out" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(0, CliRun.InProcess("report", "--out", folder, "--param", "jp.listing.min_cold_custody=95.5 %").ExitCode);
            return Snapshot(folder);
        })).ToList();

        Assert.Equal(15, snapshots[0].Count);
        Assert.Contains("95.5 %", System.Text.Encoding.UTF8.GetString(snapshots[0]["jp.listing.md"]), StringComparison.Ordinal);
        foreach (var snapshot in snapshots.Skip(1))
        {
            Assert.Equal(snapshots[0].Keys, snapshot.Keys);
            Assert.All(snapshot, file => Assert.True(snapshots[0][file.Key].AsSpan().SequenceEqual(file.Value), file.Key + " differs"));
        }
    }

    [Fact]
    public void A_template_error_mid_way_leaves_the_previous_report_intact()
    {
        Assert.Equal(0, CliRun.InProcess("report", "--out", Out).ExitCode);
        var before = Snapshot(Out);
        var templates = CopyOfShippedTemplates();

        // The HTML page of each pack is rendered after its Markdown: a break there fails the run after some pages rendered.
        var page = Path.Combine(templates, "listing-readiness.html.sbn");
        File.WriteAllText(page, File.ReadAllText(page).Replace("{{ pack.id }}", "{{ pack.id ", StringComparison.Ordinal));
        var result = CliRun.InProcess("report", "--out", Out, "--templates", templates, "--as-of", "2026-02-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"my-templates[/\\]listing-readiness\.html\.sbn\(\d+,\d+\): error TAO8001: ", result.Error);
        Assert.Empty(result.Out);
        var after = Snapshot(Out);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(after, file => Assert.True(before[file.Key].AsSpan().SequenceEqual(file.Value), file.Key + " changed"));
    }

    [Fact]
    public void A_template_error_names_the_file_line_and_column()
    {
        var templates = CopyOfShippedTemplates();
        File.WriteAllText(Path.Combine(templates, "listing-readiness.md.sbn"), "# {{ pack.title }}\nHash: {{ pack.hash }}\n");
        var result = CliRun.InProcess("report", "--out", Out, "--templates", templates);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine(templates, "listing-readiness.md.sbn").Replace('\\', '/') + "(2,15): error TAO8002: Cannot get member with name hash.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void User_templates_replace_the_shipped_ones()
    {
        var templates = CopyOfShippedTemplates();
        File.WriteAllText(Path.Combine(templates, "listing-readiness.md.sbn"), "custom {{ pack.id }}: {{ pack.verdict_counts.blocked }} blocked\n");
        Assert.Equal(0, CliRun.InProcess("report", "--out", Out, "--templates", templates).ExitCode);
        Assert.Equal("custom jp.listing: 4 blocked\n", File.ReadAllText(Path.Combine(Out, "jp.listing.md")));
    }

    [Fact]
    public void A_templates_folder_without_a_needed_template_is_TAO8003()
    {
        var templates = CopyOfShippedTemplates();
        File.Delete(Path.Combine(templates, "listing-readiness.md.sbn"));
        var result = CliRun.InProcess("report", "--out", Out, "--templates", templates);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error TAO8003: no md template for the package 'eu.mica.admission' (asset entities) in " + templates + "; looked for listing-readiness.md.sbn, asset.md.sbn", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));

        var missing = CliRun.InProcess("report", "--out", Out, "--templates", Path.Combine(_folder.Path, "absent"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read the templates", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_TAO8006()
    {
        var file = _folder.Write("taken.txt", "mine");
        var result = CliRun.InProcess("report", "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}(1,1): error TAO8006: cannot write the report to '{file}': it is a file, not a folder", result.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void Hostile_fact_values_show_as_text_in_every_page()
    {
        var facts = _folder.Write("hostile.yaml", """
            kind: asset
            as_of: 2026-01-09
            entities:
              - symbol: "\"><script>alert(2)</script>"
                name: "<script>alert(1)</script>"
                asset_type: native
                domestic_handler_count: 1
                has_privacy_feature: false
                whitepaper_published: { value: true, source: "<img src=x onerror=alert(3)> | [x](javascript:alert(4))" }
            """);
        var result = CliRun.InProcess("report", "--facts", facts, "--out", Out);

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var page in Directory.GetFiles(Out, "*.html"))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }

        var japan = File.ReadAllText(Path.Combine(Out, "jp.listing.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", japan, StringComparison.Ordinal);
        Assert.Contains("data-entity=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\"", japan, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(3)&gt;", japan, StringComparison.Ordinal);

        var markdown = File.ReadAllText(Path.Combine(Out, "jp.listing.md"));
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("\\| \\[x\\](javascript:alert(4))", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Packs_without_facts_of_their_kind_are_left_out_with_a_note()
    {
        var result = CliRun.InProcess("report", "--facts", Path.Combine(RepositoryRoot.Path, "rules", "samples", "subnets.yaml"), "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("note: no fact file holds 'asset' entities; the package 'jp.listing' is not reported.", result.Error, StringComparison.Ordinal);
        Assert.Equal(["index.html", "results.csv", "results.json", "results.junit.xml", "results.sarif", "tao.subnets.html", "tao.subnets.md"], Directory.GetFiles(Out).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Two_fact_files_of_one_kind_are_bad_usage()
    {
        var assets = Path.Combine(RepositoryRoot.Path, "rules", "samples", "assets.yaml");
        var result = CliRun.InProcess("report", "--facts", assets, "--facts", assets, "--out", Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("are both of kind 'asset'; a report takes one fact file per kind", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void The_as_of_date_shown_is_the_run_date()
    {
        Assert.Equal(0, CliRun.InProcess("report", "--out", Out, "--as-of", "2026-07-01").ExitCode);
        Assert.Contains("as of <strong>2026-07-01</strong>", File.ReadAllText(Path.Combine(Out, "index.html")), StringComparison.Ordinal);

        // On that date TAO's Green List waiver (until 2026-06-30) has expired.
        Assert.Contains("the waiver of JP-GL-01 for TAO", File.ReadAllText(Path.Combine(Out, "jp.listing.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_exit_2_with_one_clear_line()
    {
        var result = CliRun.InProcess("report", "--out", Out, "--as-of", "tomorrow");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of 'tomorrow' is not a calendar date", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }
}
