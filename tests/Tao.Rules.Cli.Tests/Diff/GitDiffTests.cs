using Tao.Rules.Tests;

namespace Tao.Rules.Cli.Tests.Diff;

/// <summary><c>diff</c> with rules read from git revisions of a scratch repository (git on PATH).</summary>
public sealed class GitDiffTests
{
    private static readonly string Listing = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "rules", "japan", "listing.rules"));
    private static readonly string Assets = Path.Combine(RepositoryRoot.Path, "rules", "samples", "assets.yaml");

    [Fact]
    public void A_threshold_raised_in_the_last_commit_flips_the_assets_at_the_old_threshold()
    {
        using var repository = new GitRepository();
        repository.Write("rules/japan/listing.rules", Listing);
        repository.Write("rules/README.md", "not a rule file: left out when the folder is read");
        repository.Commit("Japan pack");
        repository.Write("rules/japan/listing.rules", Listing.Replace("param min_handlers = 3", "param min_handlers = 4", StringComparison.Ordinal));
        repository.Commit("Raise min_handlers");

        var result = CliRun.InProcess("diff", "--before", "git:HEAD~1:rules", "--after", "git:HEAD:rules", "--facts", Assets, "--repo", repository.Path);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var expected = CliRun.InProcess("diff", "--rules", Path.Combine(RepositoryRoot.Path, "rules", "japan"), "--facts", Assets, "--param-after", "jp.listing.min_handlers=4");
        Assert.Equal(RuleRows(expected.Out), RuleRows(result.Out));
        Assert.Contains("before: rules git:HEAD~1:rules;", result.Out, StringComparison.Ordinal);
        Assert.Contains("jp.listing  UNI     JP-GL-01  pass -> fail  param min_handlers: 3 -> 4", result.Out, StringComparison.Ordinal);
        Assert.Contains("  param min_handlers: 3 -> 4", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void As_a_process_the_repository_is_the_one_holding_the_current_folder()
    {
        using var repository = new GitRepository();
        repository.Write("rules/japan/listing.rules", Listing);
        repository.Commit("Japan pack");
        repository.Write("rules/japan/listing.rules", Listing.Replace("param min_handlers = 3", "param min_handlers = 4", StringComparison.Ordinal));
        repository.Commit("Raise min_handlers");

        var changed = CliRun.AsProcess(repository.Path, null, "diff", "--before", "git:HEAD~1:rules", "--after", "git:HEAD:rules", "--facts", Assets, "--format", "json", "--fail-on-change");
        var unknown = CliRun.AsProcess(repository.Path, null, "diff", "--before", "git:HEAD~2:rules", "--after", "git:HEAD:rules", "--facts", Assets);

        Assert.Equal(ExitCodes.Findings, changed.ExitCode);
        Assert.Contains("\"subject\": \"min_handlers\"", changed.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);
        Assert.Equal("git:HEAD~2:rules(1,1): error TAO9001: cannot read 'git:HEAD~2:rules' from git: unknown revision 'HEAD~2'", unknown.Error.Trim());
    }

    [Fact]
    public void A_folder_in_a_subfolder_of_the_repository_is_read_from_the_top_level()
    {
        using var repository = new GitRepository();
        repository.Write("rules/japan/listing.rules", Listing);
        repository.Commit("Japan pack");
        Directory.CreateDirectory(Path.Combine(repository.Path, "docs"));

        var result = CliRun.InProcess("diff", "--before", "git:HEAD:./rules/japan/", "--after", "git:HEAD:rules/japan/listing.rules", "--facts", Assets, "--repo", Path.Combine(repository.Path, "docs"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.StartsWith("diff: no change", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_in_a_file_read_from_git_point_into_the_revision()
    {
        using var repository = new GitRepository();
        repository.Write("rules/japan/listing.rules", Listing.Replace("asset.domestic_handler_count >= min_handlers", "asset.domestic_handler_kount >= min_handlers", StringComparison.Ordinal));
        repository.Commit("A typo");

        var result = CliRun.InProcess("diff", "--before", "git:HEAD:rules", "--after", Path.Combine(RepositoryRoot.Path, "rules", "japan"), "--facts", Assets, "--repo", repository.Path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("git:HEAD:rules/japan/listing.rules(26,17): error TAO3001: unknown field 'asset.domestic_handler_kount'", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("git:HEAD~5:rules", "git:HEAD~5:rules(1,1): error TAO9001: cannot read 'git:HEAD~5:rules' from git: unknown revision 'HEAD~5'")]
    [InlineData("git:no-such-branch:rules", "error TAO9001: cannot read 'git:no-such-branch:rules' from git: unknown revision 'no-such-branch'")]
    [InlineData("git:HEAD:rulez", "error TAO9001: cannot read 'git:HEAD:rulez' from git: no file or folder 'rulez' at revision 'HEAD'")]
    [InlineData("git:--output=/tmp/x:rules", "error TAO9001: cannot read 'git:--output=/tmp/x:rules' from git: '--output=/tmp/x' is not a revision name")]
    [InlineData("git:HEAD", "error TAO9001: cannot read 'git:HEAD' from git: expected git:REV:path")]
    [InlineData("git::rules", "error TAO9001: cannot read 'git::rules' from git: the revision is empty")]
    [InlineData("git:HEAD;touch pwned:rules", "error TAO9001: cannot read 'git:HEAD;touch pwned:rules' from git: unknown revision 'HEAD;touch pwned'")]
    public void A_bad_revision_or_path_is_a_clear_diagnostic_and_exit_2(string before, string message)
    {
        using var repository = new GitRepository();
        repository.Write("rules/japan/listing.rules", Listing);
        repository.Commit("Japan pack");

        var result = CliRun.InProcess("diff", "--before", before, "--after", "git:HEAD:rules", "--facts", Assets, "--repo", repository.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(Path.Combine(repository.Path, "pwned")));
    }

    [Fact]
    public void A_folder_outside_any_repository_is_a_clear_diagnostic()
    {
        using var folder = new TempFolder();
        var result = CliRun.InProcess("diff", "--before", "git:HEAD:rules", "--after", "git:HEAD:rules", "--facts", Assets, "--repo", folder.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"error TAO9001: cannot read 'git:HEAD:rules' from git: '{folder.Path}' is not inside a git repository", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The rows of the rule outcome table (the last table of the output).</summary>
    private static string[] RuleRows(string output) =>
        output.ReplaceLineEndings("\n").Split("\n\n")[^1].Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
