namespace Tao.Rules.Cli.Diff;

/// <summary>
/// A rules argument of the form <c>git:REV:path</c>: the file or folder <c>path</c> (relative to the repository's
/// top level) as it is at revision <c>REV</c> (<c>HEAD~1</c>, <c>main</c>, a commit or tag).
/// </summary>
public sealed record GitRevisionPath(string Revision, string Path)
{
    public const string Prefix = "git:";

    /// <summary>True when <paramref name="argument"/> names rules in git rather than on disk.</summary>
    public static bool IsGit(string argument) => argument.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Splits <c>git:REV:path</c> at the first colon after the prefix. False, with why, when a part is missing or the
    /// revision could be read as an option (it starts with '-'): git is never given a word it could take for a flag.
    /// </summary>
    public static bool TryParse(string argument, out GitRevisionPath? result, out string problem)
    {
        result = null;
        problem = string.Empty;
        var rest = argument.Substring(Prefix.Length);
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            problem = "expected git:REV:path, for example git:HEAD~1:rules/japan";
            return false;
        }

        var revision = rest.Substring(0, colon);
        var path = rest.Substring(colon + 1).Replace('\\', '/').Trim('/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path.Substring(2);
        }

        if (revision.Length == 0)
        {
            problem = "the revision is empty; expected git:REV:path, for example git:HEAD~1:rules/japan";
            return false;
        }

        if (revision.StartsWith('-') || revision.Any(char.IsControl))
        {
            problem = $"'{revision}' is not a revision name";
            return false;
        }

        if (path.Length == 0 || path == "." || path.StartsWith('-') || path.Any(char.IsControl))
        {
            problem = "expected a file or folder after the revision, for example git:HEAD~1:rules/japan";
            return false;
        }

        result = new GitRevisionPath(revision, path);
        return true;
    }

    /// <summary>The display path of a file read at this revision: <c>git:HEAD~1:rules/japan/listing.rules</c>.</summary>
    public string Display(string file) => Prefix + Revision + ":" + file;

    public override string ToString() => Display(Path);
}
