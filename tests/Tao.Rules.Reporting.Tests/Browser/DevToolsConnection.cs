using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>
/// One WebSocket to the browser's DevTools endpoint, speaking the Chrome DevTools Protocol: commands get an id and wait
/// (with a timeout) for the response of that id; events go to <see cref="EventReceived"/>. Page sessions share the
/// socket ("flatten" mode): a command or event for a page carries its session id.
/// </summary>
public sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task? _receiving;
    private int _nextId;

    private DevToolsConnection()
    {
    }

    /// <summary>Every event: its method, its params, and its session id (null for the browser's own events).</summary>
    public event Action<string, JsonElement, string?>? EventReceived;

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, TimeSpan timeout)
    {
        var connection = new DevToolsConnection();
        using var timer = new CancellationTokenSource(timeout);
        await connection._socket.ConnectAsync(endpoint, timer.Token);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync);
        return connection;
    }

    /// <summary>Sends a command and returns its result; throws on a protocol error, a closed socket or the timeout.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await _sendLock.WaitAsync(timer.Token);
            try
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, timer.Token);
            }
            finally
            {
                _sendLock.Release();
            }

            return await response.Task.WaitAsync(timer.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            throw new TimeoutException($"DevTools command {method} got no answer in {timeout.TotalSeconds:0} s.");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timer.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The browser may already be gone; the socket is disposed below either way.
            }
        }

        _socket.Abort();
        if (_receiving is not null)
        {
            await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket closed: every command still waiting fails below rather than waiting for its timeout.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The DevTools connection closed."));
        }
    }

    private void Dispatch(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement.Clone();
        var sessionId = root.TryGetProperty("sessionId", out var session) ? session.GetString() : null;
        if (root.TryGetProperty("id", out var id))
        {
            if (_pending.TryGetValue(id.GetInt32(), out var response))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    response.TrySetException(new InvalidOperationException("DevTools error: " + error.GetRawText()));
                }
                else
                {
                    response.TrySetResult(root.GetProperty("result"));
                }
            }

            return;
        }

        if (root.TryGetProperty("method", out var method))
        {
            EventReceived?.Invoke(method.GetString()!, root.TryGetProperty("params", out var p) ? p : default, sessionId);
        }
    }
}
