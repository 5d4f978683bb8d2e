using System.Text.Json;
using Tao.Rules.Cli;
using Xunit.Abstractions;

namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>
/// The HTML that <c>tao-rules report</c> writes with no arguments (the shipped packs on the samples), opened in headless
/// Chromium: every page renders without a console error, an exception or a failed resource, each pack's matrix has one
/// cell per entity and rule, and a screenshot of each page is kept under TestResults/browser/.
/// </summary>
public sealed class ReportBrowserTests(ReportBrowserTests.ShippedReport report, SharedChromium chromium, ITestOutputHelper output)
    : IClassFixture<ReportBrowserTests.ShippedReport>, IClassFixture<SharedChromium>
{
    private static readonly string[] PackNames = ["eu.mica.admission", "hk.sfc.retail", "jp.listing", "us.etp.generic", "tao.subnets"];

    public static TheoryData<string> Packs => new(PackNames);

    [BrowserFact]
    public async Task The_index_renders_without_errors_and_links_every_pack()
    {
        var page = await OpenAsync("index.html");

        Assert.True(page.Errors.Count == 0, "errors on index.html:\n" + page);
        var links = (await page.EvaluateAsync("JSON.stringify([...document.querySelectorAll('a[href$=\".html\"]')].map(a => a.getAttribute('href')))")).GetString()!;
        Assert.Equal(PackNames.Select(p => p + ".html"), JsonSerializer.Deserialize<string[]>(links));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync(BrowserArtifacts.PathFor("report-index.png")));
    }

    [BrowserTheory]
    [MemberData(nameof(Packs))]
    public async Task Each_pack_report_renders_without_errors_with_one_matrix_cell_per_entity_and_rule(string pack)
    {
        var page = await OpenAsync(pack + ".html");

        Assert.True(page.Errors.Count == 0, $"errors on {pack}.html:\n{page}");
        var (entities, rules) = report.Shape(pack);
        Assert.Equal(entities * rules, (await page.EvaluateAsync("document.querySelectorAll('svg.heatmap rect.cell').length")).GetInt32());
        Assert.Equal(entities, (await page.EvaluateAsync("document.querySelectorAll('svg.heatmap g.row').length")).GetInt32());
        Assert.Equal(rules, (await page.EvaluateAsync("new Set([...document.querySelectorAll('svg.heatmap rect.cell')].map(c => c.dataset.rule)).size")).GetInt32());
        if (pack == "tao.subnets")
        {
            Assert.True((await page.EvaluateAsync("document.querySelectorAll('svg.share-chart rect.share').length")).GetInt32() > 0, "the TaoFlow share chart has no bars");
        }

        output.WriteLine("screenshot: " + await page.ScreenshotAsync(BrowserArtifacts.PathFor("report-" + pack + ".png")));
    }

    private async Task<BrowserPage> OpenAsync(string file)
    {
        var browser = await chromium.GetAsync();
        return await browser.OpenAsync(new Uri(Path.Combine(report.Folder, file)));
    }

    /// <summary>One run of <c>tao-rules report</c> with no arguments, into a temporary folder, for the whole class.</summary>
    public sealed class ShippedReport : IDisposable
    {
        private readonly Dictionary<string, (int Entities, int Rules)> _shapes = [];

        public ShippedReport()
        {
            Folder = Path.Combine(Path.GetTempPath(), "tao-rules-report-" + Guid.NewGuid().ToString("N"));
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = TaoRulesApp.Run(["report", "--out", Folder], stdout, stderr);
            Assert.True(code == ExitCodes.Success, $"report exited {code}:\n{stdout}\n{stderr}");

            // The expected shape of each matrix comes from the run's own results: one result per entity and rule.
            using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "results.json")));
            foreach (var byPack in results.RootElement.GetProperty("results").EnumerateArray().GroupBy(r => r.GetProperty("pack").GetString()!))
            {
                _shapes[byPack.Key] = (
                    byPack.Select(r => r.GetProperty("entity").GetString()).Distinct(StringComparer.Ordinal).Count(),
                    byPack.Select(r => r.GetProperty("rule").GetString()).Distinct(StringComparer.Ordinal).Count());
            }
        }

        public string Folder { get; }

        public (int Entities, int Rules) Shape(string pack) => _shapes[pack];

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder: harmless.
            }
        }
    }
}
