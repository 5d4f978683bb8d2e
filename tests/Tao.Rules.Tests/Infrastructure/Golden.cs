using System.Runtime.CompilerServices;

namespace Tao.Rules.Tests.Infrastructure;

/// <summary>
/// Golden-file assertions: compares text with <c>NAME.approved.txt</c> next to the calling test file.
/// On a mismatch it writes <c>NAME.received.txt</c> and fails; set <c>TAO_ACCEPT_GOLDEN=1</c> to accept received output.
/// </summary>
public static class Golden
{
    public const string AcceptVariable = "TAO_ACCEPT_GOLDEN";

    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, "Golden");
        Directory.CreateDirectory(directory);
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        actual = Normalize(actual);

        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        if (accept)
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (approved == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath}. Review {receivedPath} and rerun with {AcceptVariable}=1 to accept it."
            : $"Output differs from {approvedPath}; see {receivedPath}. Rerun with {AcceptVariable}=1 to accept it.\n{FirstDifference(approved, actual)}");
    }

    /// <summary>
    /// The caller's source file on disk. Deterministic CI builds map the source root to <c>/_/</c> in caller paths,
    /// so such a path is resolved against the repository root instead.
    /// </summary>
    public static string SourcePath(string callerFile)
    {
        const string mappedRoot = "/_/";
        if (callerFile.StartsWith(mappedRoot, StringComparison.Ordinal))
        {
            return Path.Combine(RepositoryRoot.Path, callerFile.Substring(mappedRoot.Length));
        }

        return callerFile;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  approved: {e}\n  received: {a}";
            }
        }

        return string.Empty;
    }
}
