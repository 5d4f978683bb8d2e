using Tao.Rules.Tests;

namespace Tao.Rules.Reporting.Tests.Browser;

/// <summary>Where browser tests keep what they produce (screenshots): TestResults/browser/ at the repository root, which git ignores.</summary>
public static class BrowserArtifacts
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "TestResults", "browser");

    public static string PathFor(string fileName) => Path.Combine(Folder, fileName);
}
