using System.Diagnostics;

namespace Tao.Rules.Cli.Tests.Diff;

/// <summary>A scratch git repository for one test: files written and committed with a fixed author, no global config needed.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitRepository()
    {
        Git("init", "--quiet");
    }

    public string Path => _folder.Path;

    public string Write(string relativePath, string content) => _folder.Write(relativePath, content);

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Tao Rules Tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    public void Dispose() => _folder.Dispose();

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
