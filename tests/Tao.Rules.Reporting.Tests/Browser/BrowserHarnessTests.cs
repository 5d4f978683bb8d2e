using Xunit.Abstractions;

namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>The harness itself, on small pages: it must see every kind of error a report could raise, count, and screenshot.</summary>
public sealed class BrowserHarnessTests(SharedChromium chromium, ITestOutputHelper output) : IClassFixture<SharedChromium>
{
    [BrowserFact]
    public async Task A_clean_page_has_no_errors_and_its_matrix_cells_are_counted_and_shot()
    {
        var page = await OpenFixtureAsync("matrix.html");

        Assert.True(page.Errors.Count == 0, "errors on a clean page:\n" + page);
        Assert.Equal(12, (await page.EvaluateAsync("document.querySelectorAll('svg.matrix .cell').length")).GetInt32());
        Assert.Equal("Harness fixture: a clean 3 x 4 matrix (scripted)", (await page.EvaluateAsync("document.title")).GetString());
        var shot = await page.ScreenshotAsync(BrowserArtifacts.PathFor("harness-matrix.png"));
        output.WriteLine("screenshot: " + shot);
        var bytes = await File.ReadAllBytesAsync(shot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4));
        Assert.True(bytes.Length > 1_000, $"a screenshot of {bytes.Length} bytes is too small to show the page");
    }

    [BrowserFact]
    public async Task A_console_error_is_caught()
    {
        var page = await OpenFixtureAsync("console-error.html");
        Assert.Equal(["console.error: deliberate error 42"], page.Errors);
    }

    [BrowserFact]
    public async Task An_uncaught_exception_after_load_is_caught()
    {
        var page = await OpenFixtureAsync("exception.html");
        var error = Assert.Single(page.Errors);
        Assert.StartsWith("uncaught exception: Error: deliberate exception", error, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_resource_that_fails_to_load_is_caught()
    {
        var page = await OpenFixtureAsync("missing-resource.html");
        var error = Assert.Single(page.Errors);
        Assert.StartsWith("log: Failed to load resource", error, StringComparison.Ordinal);
        Assert.EndsWith("no-such-image.png)", error, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task An_expression_that_throws_fails_with_its_message()
    {
        var page = await OpenFixtureAsync("matrix.html");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => page.EvaluateAsync("document.querySelector('svg').missing.length"));
        Assert.Contains("TypeError", error.Message, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_page_that_does_not_exist_fails_to_open()
    {
        var browser = await chromium.GetAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => browser.OpenAsync(new Uri(Path.Combine(AppContext.BaseDirectory, "Browser", "Fixtures", "no-such-page.html"))));
        output.WriteLine(error.Message);
    }

    [BrowserFact]
    public async Task Disposing_the_browser_leaves_no_process_behind()
    {
        var browser = await HeadlessChromium.LaunchAsync();
        var pid = browser.ProcessId;
        var profileMarker = "--user-data-dir=";
        var processes = BrowserProcesses(pid, profileMarker);
        Assert.NotEmpty(processes);

        await browser.DisposeAsync();

        var survivors = processes.Where(IsRunning).ToList();
        Assert.True(survivors.Count == 0, "still running after dispose: " + string.Join(", ", survivors));
    }

    private async Task<BrowserPage> OpenFixtureAsync(string name)
    {
        var browser = await chromium.GetAsync();
        return await browser.OpenAsync(new Uri(Path.Combine(AppContext.BaseDirectory, "Browser", "Fixtures", name)));
    }

    /// <summary>The browser's process and every process whose command line names its profile (renderers, zygotes, helpers).</summary>
    private static List<int> BrowserProcesses(int pid, string marker)
    {
        var profile = ReadCommandLine(pid).Split('\0').FirstOrDefault(a => a.StartsWith(marker, StringComparison.Ordinal));
        Assert.NotNull(profile);
        var found = new List<int> { pid };
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var other) && other != pid && ReadCommandLine(other).Contains(profile, StringComparison.Ordinal))
            {
                found.Add(other);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the process still runs. A zombie (state Z) has ended: it only waits to be reaped by its parent, which in
    /// a container whose first process is not an init may never happen.
    /// </summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string ReadCommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
