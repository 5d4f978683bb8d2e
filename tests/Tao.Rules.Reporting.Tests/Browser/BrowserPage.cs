using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>
/// One tab, attached over the browser's socket. From before the first byte of the page loads it records every console
/// error (<c>console.error</c>, failed <c>console.assert</c>), uncaught exception and error log entry (a resource that
/// failed to load, a blocked request) in <see cref="Errors"/>.
/// </summary>
public sealed class BrowserPage
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private readonly DevToolsConnection _connection;
    private readonly string _sessionId;
    private readonly List<string> _errors = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BrowserPage(DevToolsConnection connection, string sessionId)
    {
        _connection = connection;
        _sessionId = sessionId;
    }

    /// <summary>What went wrong on the page, one line each, in the order the browser reported it.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToList();
            }
        }
    }

    internal static async Task<BrowserPage> OpenAsync(DevToolsConnection connection, Uri uri)
    {
        var target = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, CommandTimeout);
        var attached = await connection.SendAsync(
            "Target.attachToTarget",
            new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true },
            null,
            CommandTimeout);
        var page = new BrowserPage(connection, attached.GetProperty("sessionId").GetString()!);
        connection.EventReceived += page.OnEvent;
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Log.enable");
        await page.SendAsync("Page.enable");
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1280, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        var navigation = await page.SendAsync("Page.navigate", new JsonObject { ["url"] = uri.AbsoluteUri });
        if (navigation.TryGetProperty("errorText", out var error))
        {
            throw new InvalidOperationException($"Could not open {uri}: {error.GetString()}");
        }

        try
        {
            await page._loaded.Task.WaitAsync(LoadTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{uri} did not finish loading within {LoadTimeout.TotalSeconds:0} s.");
        }

        // Scripts queued by the load (timers, animation frames) run before the page is judged.
        await page.EvaluateAsync("new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)))");
        return page;
    }

    /// <summary>The value of a JavaScript expression (promises awaited); a thrown exception fails the call with its text.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"`{expression}` threw: {Describe(exception)}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>
    /// Saves a PNG of the page from its top, at most <paramref name="maxHeight"/> CSS pixels tall (the whole of a long
    /// report costs seconds and megabytes; its top holds the summary and the charts), and returns the path.
    /// </summary>
    public async Task<string> ScreenshotAsync(string path, int maxHeight = 6_000)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics");
        var size = metrics.GetProperty("cssContentSize");
        var width = Math.Ceiling(Math.Max(size.GetProperty("width").GetDouble(), 1));
        var height = Math.Min(Math.Ceiling(Math.Max(size.GetProperty("height").GetDouble(), 1)), maxHeight);
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
        return path;
    }

    private Task<JsonElement> SendAsync(string method, JsonObject? parameters = null) =>
        _connection.SendAsync(method, parameters, _sessionId, CommandTimeout);

    private void OnEvent(string method, JsonElement parameters, string? sessionId)
    {
        if (sessionId != _sessionId)
        {
            return;
        }

        var error = method switch
        {
            "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert" =>
                "console." + parameters.GetProperty("type").GetString() + ": " + string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(Describe)),
            "Runtime.exceptionThrown" => "uncaught exception: " + Describe(parameters.GetProperty("exceptionDetails")),
            "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error" =>
                "log: " + parameters.GetProperty("entry").GetProperty("text").GetString()
                + (parameters.GetProperty("entry").TryGetProperty("url", out var url) ? " (" + url.GetString() + ")" : string.Empty),
            _ => null,
        };
        if (error is not null)
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        }

        if (method == "Page.loadEventFired")
        {
            _loaded.TrySetResult();
        }
    }

    /// <summary>A remote object or exception as text: its value, else its description, else its type.</summary>
    private static string Describe(JsonElement item)
    {
        if (item.TryGetProperty("exception", out var exception) && exception.TryGetProperty("description", out var thrown))
        {
            return thrown.GetString() ?? string.Empty;
        }

        if (item.TryGetProperty("value", out var value))
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        }

        if (item.TryGetProperty("description", out var description))
        {
            return description.GetString() ?? string.Empty;
        }

        return item.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : item.GetProperty("type").ToString();
    }

    /// <summary>For failure messages: the errors, one per line.</summary>
    public override string ToString() => string.Join("\n", Errors.Select(e => "  " + e)) is { Length: > 0 } lines ? lines : "  (none)";
}
