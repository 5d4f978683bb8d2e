namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>
/// A test that needs headless Chromium. On a developer machine without it, the test is skipped with the reason; in CI
/// (<c>CI=true</c>) it always runs, so a missing browser fails it with <see cref="HeadlessChromium.MissingMessage"/>
/// instead of passing unnoticed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!InContinuousIntegration && HeadlessChromium.Find() is null)
        {
            Skip = HeadlessChromium.MissingMessage;
        }
    }

    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
