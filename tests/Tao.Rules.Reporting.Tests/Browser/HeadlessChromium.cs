using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>
/// Debian's <c>chromium</c>, headless, driven over the DevTools protocol: launched with a fresh profile and
/// <c>--remote-debugging-port=0</c>, found through the <c>DevToolsActivePort</c> file it writes, and always ended on
/// dispose — asked to close, then its whole process tree killed — so no test leaves a browser behind.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Names <see cref="Find"/> looks for, after the <c>TAO_CHROMIUM</c> variable.</summary>
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, DevToolsConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    /// <summary>The browser's DevTools socket.</summary>
    public DevToolsConnection Connection { get; }

    /// <summary>The process id, for tests that check it is gone after dispose.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The browser executable: <c>TAO_CHROMIUM</c> when set, else the first of the usual paths that exists; null when none does.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("TAO_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Starts the browser and connects to it. Fails with the reason (and the browser's last output) when it does not come
    /// up within 30 seconds; the process is killed in that case too.
    /// </summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var executable = Find() ?? throw new InvalidOperationException(MissingMessage);
        var profile = Path.Combine(Path.GetTempPath(), "tao-rules-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-crash-reporter", "--disable-breakpad", "--no-default-browser-check", "--disable-extensions",
            "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        var output = new BoundedLog();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var endpoint = await WaitForEndpointAsync(process, profile, output);
            var connection = await DevToolsConnection.ConnectAsync(endpoint, StartTimeout);
            return new HeadlessChromium(process, profile, connection);
        }
        catch
        {
            End(process);
            DeleteProfile(profile);
            throw;
        }
    }

    /// <summary>Opens a new tab at <paramref name="uri"/> with console, exception and log capture on from the start.</summary>
    public Task<BrowserPage> OpenAsync(Uri uri) => BrowserPage.OpenAsync(Connection, uri);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await Connection.SendAsync("Browser.close", null, null, TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            // Closing politely failed; the process tree is killed below.
        }

        await Connection.DisposeAsync();
        using (var timer = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                // Still running after Browser.close: killed below.
            }
        }

        End(_process);
        DeleteProfile(_profile);
    }

    internal static string MissingMessage =>
        "Headless Chromium is needed for the browser tests and was not found (looked at TAO_CHROMIUM, "
        + string.Join(", ", Candidates) + "). Install it with `apt-get install -y chromium` (.ci/run does), "
        + "or set TAO_CHROMIUM to the browser's path.";

    private static async Task<Uri> WaitForEndpointAsync(Process process, string profile, BoundedLog output)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before opening DevTools:\n{output}");
            }

            // The file is written once both lines are known, but may be caught half-written: wait for two lines.
            var lines = File.Exists(file) ? ReadShared(file).Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
            if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return new Uri($"ws://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{lines[1].Trim()}");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Chromium did not open DevTools within {StartTimeout.TotalSeconds:0} s:\n{output}");
    }

    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    /// <summary>Kills the browser and every process it started (renderers, zygotes, GPU and network services).</summary>
    private static void End(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        process.Dispose();
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file: the profile stays in the temp folder, harmlessly.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The browser's last 50 output lines, for the message when it fails to start.</summary>
    private sealed class BoundedLog
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > 50)
                {
                    _lines.Dequeue();
                }
            }
        }

        public override string ToString()
        {
            lock (_lines)
            {
                return string.Join("\n", _lines);
            }
        }
    }
}
