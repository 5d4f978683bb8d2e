namespace Tao.Rules.Cli.Tests;

public sealed class FmtCommandTests : IDisposable
{
    private const string Messy = "package demo.fmt\n  applies to asset\n    title   \"Demo\"\n\nparam x=3   # why three\nrule DEMO-01 \"t\"\n  require asset.domestic_handler_count>=x\n  severity major\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_mode_lists_unformatted_files_exits_1_and_changes_nothing()
    {
        var file = _folder.Write("messy.rules", Messy);

        var result = CliRun.InProcess("fmt", "--check", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal($"{file}: not formatted", Assert.Single(result.OutLines));
        Assert.Equal(Messy, File.ReadAllText(file));
    }

    [Fact]
    public void Formatting_rewrites_the_file_keeps_comments_and_is_then_clean()
    {
        var file = _folder.Write("messy.rules", Messy);

        var first = CliRun.InProcess("fmt", file);
        var formatted = File.ReadAllText(file);
        var second = CliRun.InProcess("fmt", "--check", file);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("# why three", formatted, StringComparison.Ordinal);
        Assert.Contains("  title \"Demo\"\n  applies to asset\n", formatted, StringComparison.Ordinal);
        Assert.Contains("require asset.domestic_handler_count >= x", formatted, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Empty(second.OutLines);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_reported_and_left_untouched()
    {
        const string broken = "package demo.fmt\nrule DEMO-01 \"t\"\n  require (asset.x >= \n";
        var file = _folder.Write("broken.rules", broken);

        var result = CliRun.InProcess("fmt", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith(file + "(", StringComparison.Ordinal) && l.Contains("error TAO1001", StringComparison.Ordinal));
        Assert.Equal(broken, File.ReadAllText(file));
    }
}
