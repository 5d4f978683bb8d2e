using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Diff;

/// <summary>
/// Reads rule, YAML rule and schema files as they are at a git revision (<c>git:REV:path</c>), from the repository
/// that holds a given folder: <c>git ls-tree</c> lists the files under the path, <c>git cat-file blob</c> reads each
/// one's bytes exactly as committed. Each source's path is <c>git:REV:file</c>, so diagnostics point into the revision.
/// </summary>
public static class GitRuleSource
{
    /// <summary>
    /// The sources under <paramref name="argument"/> (<c>git:REV:path</c>) in the repository holding
    /// <paramref name="folder"/>, in ordinal path order. Null after a TAO9001 diagnostic (not a repository, unknown
    /// revision, no such path at the revision, git missing) or when a file could not be decoded (its own diagnostic).
    /// </summary>
    public static IReadOnlyList<SourceText>? Read(string argument, string folder, DiagnosticBag diagnostics)
    {
        if (!GitRevisionPath.TryParse(argument, out var spec, out var problem))
        {
            return Fail(diagnostics, argument, problem);
        }

        if (!Directory.Exists(folder))
        {
            return Fail(diagnostics, argument, $"the folder '{folder}' does not exist");
        }

        var top = GitProcess.Run(folder, "rev-parse", "--show-toplevel");
        if (!top.Succeeded)
        {
            return Fail(diagnostics, argument, $"'{folder}' is not inside a git repository ({top.Complaint})");
        }

        var root = top.OutputText.Trim();
        var commit = GitProcess.Run(root, "rev-parse", "--verify", "--quiet", spec!.Revision + "^{commit}");
        if (!commit.Succeeded)
        {
            return Fail(diagnostics, argument, commit.Started ? $"unknown revision '{spec.Revision}'" : commit.Error);
        }

        // The commit's hash from here on: every file comes from the one snapshot, and a hash is never an option.
        var hash = commit.OutputText.Trim();
        var listing = GitProcess.Run(root, "ls-tree", "-r", "--name-only", "-z", hash, "--", spec.Path);
        if (!listing.Succeeded)
        {
            return Fail(diagnostics, argument, listing.Complaint);
        }

        var names = listing.OutputText.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return Fail(diagnostics, argument, $"no file or folder '{spec.Path}' at revision '{spec.Revision}'");
        }

        // As on disk: a file named exactly is taken whatever its extension; a folder gives only rule and schema files.
        var files = names.Length == 1 && names[0] == spec.Path
            ? names
            : names.Where(n => RuleFileKinds.Classify(n) != RuleFileKind.None).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var sources = new List<SourceText>();
        var ok = true;
        foreach (var file in files)
        {
            var blob = GitProcess.Run(root, "cat-file", "blob", hash + ":" + file);
            if (!blob.Succeeded)
            {
                Fail(diagnostics, spec.Display(file), blob.Complaint);
                ok = false;
                continue;
            }

            var source = SourceFileReader.Decode(blob.Output, spec.Display(file), diagnostics);
            ok &= source is not null;
            if (source is not null)
            {
                sources.Add(source);
            }
        }

        return ok ? sources : null;
    }

    private static IReadOnlyList<SourceText>? Fail(DiagnosticBag diagnostics, string argument, string problem)
    {
        diagnostics.Add(DiagnosticCatalog.UnreadableRevision, Location.ForFile(argument), argument, problem);
        return null;
    }
}
