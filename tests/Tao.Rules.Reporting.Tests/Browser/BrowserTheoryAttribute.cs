namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>A theory that needs headless Chromium: skipped locally without it, always run in CI (see <see cref="BrowserFactAttribute"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserFactAttribute.InContinuousIntegration && HeadlessChromium.Find() is null)
        {
            Skip = HeadlessChromium.MissingMessage;
        }
    }
}
