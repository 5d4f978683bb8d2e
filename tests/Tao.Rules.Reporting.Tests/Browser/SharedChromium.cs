namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>One browser for a test class, launched on first use (so a class whose tests are all skipped starts none) and ended with the class.</summary>
public sealed class SharedChromium : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HeadlessChromium? _browser;

    public async Task<HeadlessChromium> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await HeadlessChromium.LaunchAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _gate.Dispose();
    }
}
