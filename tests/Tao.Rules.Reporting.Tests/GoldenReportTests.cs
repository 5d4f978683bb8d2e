using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Reporting.Tests;

/// <summary>The shipped templates on the shipped samples: the pages a user sees after <c>tao-rules report</c>.</summary>
public sealed class GoldenReportTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Pages = new(() =>
        ReportComposer.Compose(SampleRun.Report(), new ReportRenderer(new TemplateFolder(SampleRun.TemplatesPath, "templates")))
            .ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal));

    [Theory]
    [InlineData("index.html")]
    [InlineData("jp.listing.md")]
    [InlineData("jp.listing.html")]
    [InlineData("eu.mica.admission.md")]
    public void Page_matches_its_golden_file(string page) => Golden.Verify(page, Pages.Value[page]);

    [Fact]
    public void Every_pack_gets_a_markdown_and_an_html_page_and_the_index_comes_first()
    {
        var report = SampleRun.Report();
        var expected = new[] { "index.html" }
            .Concat(report.Packs.SelectMany(p => new[] { p.FileStem + ".md", p.FileStem + ".html" }))
            .ToArray();
        Assert.Equal(expected, Pages.Value.Keys.ToArray());
        Assert.Equal(["eu.mica.admission", "hk.sfc.retail", "jp.listing", "us.etp.generic", "tao.subnets"], report.Packs.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void The_heatmap_has_one_cell_per_entity_and_rule_with_stable_attributes()
    {
        foreach (var pack in SampleRun.Report().Packs)
        {
            var html = Pages.Value[pack.FileStem + ".html"];
            var cells = System.Text.RegularExpressions.Regex.Matches(html, "<rect class=\"cell outcome-([a-z_]+)\" data-entity=\"([^\"]*)\" data-rule=\"([^\"]*)\"");
            Assert.Equal(pack.Entities.Count * pack.Rules.Count, cells.Count);

            // Cell by cell, the colour class is the entity's outcome of that rule.
            var expected = pack.Entities.SelectMany(e => e.Outcomes.Select(o => (o.Outcome, e.Key, o.Rule)));
            Assert.Equal(expected, cells.Select(c => (c.Groups[1].Value, c.Groups[2].Value, c.Groups[3].Value)));
        }
    }

    [Fact]
    public void The_index_links_every_page_and_shows_versions_hashes_and_the_run_date()
    {
        var index = Pages.Value["index.html"];
        var report = SampleRun.Report();
        Assert.Contains("as of <strong>2026-01-09</strong>", index, StringComparison.Ordinal);
        foreach (var pack in report.Packs)
        {
            Assert.Contains($"<a href=\"{pack.FileStem}.html\">", index, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{pack.FileStem}.md\">", index, StringComparison.Ordinal);
            Assert.Contains(pack.ContentHash, index, StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", pack.ContentHash);
            Assert.Contains($"<td>{pack.Version}</td>", index, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"results.json\">", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"results.csv\">", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_self_contained_and_have_no_scripts()
    {
        foreach (var (name, content) in Pages.Value.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("<script", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"http", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"http", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", content, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("<!DOCTYPE html>", content, StringComparison.Ordinal);
            Assert.EndsWith("</html>\n", content, StringComparison.Ordinal);
            Assert.True(content.Length > 1000, name);
        }
    }

    [Fact]
    public void Waivers_show_who_approved_them_and_until_when()
    {
        var markdown = Pages.Value["jp.listing.md"];
        Assert.Contains("waived until 2026-06-30, approved by Listing committee, minutes 2026-01-05 (illustrative)", markdown, StringComparison.Ordinal);
        var html = Pages.Value["jp.listing.html"];
        Assert.Contains("<li class=\"waiver\">waived until 2026-06-30, approved by Listing committee, minutes 2026-01-05 (illustrative):", html, StringComparison.Ordinal);

        // The expired waiver is not applied, and the page says so.
        Assert.Contains("the waiver of JP-GL-03 for USDT", markdown, StringComparison.Ordinal);
    }
}
