namespace Tao.Rules.Cli.Tests;

/// <summary>The real executable: exit codes and crash safety on hostile input, as CI and shells see them.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Hostile_inputs_give_diagnostics_and_never_a_stack_trace()
    {
        _folder.Write("deep.rules", "package deep\nlet x = " + new string('(', 100_000) + "1" + new string(')', 100_000) + "\n");
        _folder.Write("huge.rules", "package huge\n" + new string('#', 20 * 1024 * 1024) + "\n");
        _folder.Write("bomb.rules.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\npackage: p\n");
        _folder.Write("big-number.rules", "package n\nparam p = 1e400\n");
        _folder.Write("unterminated.rules", "package u\nrule U-01 \"never closed");
        _folder.Write("empty.rules", string.Empty);

        var result = CliRun.AsProcess(_folder.Path, null, "check", ".");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode); // the 20 MB file is unreadable input
        Assert.DoesNotContain("   at ", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("deep.rules(2,", result.Out, StringComparison.Ordinal);
        Assert.Contains("error TAO1003", result.Out, StringComparison.Ordinal);
        Assert.Contains("error TAO1011", result.Out, StringComparison.Ordinal);
        Assert.Contains("error TAO2006", result.Out, StringComparison.Ordinal);
        Assert.Contains("error TAO1004", result.Out, StringComparison.Ordinal);
        Assert.Contains("error TAO1002", result.Out, StringComparison.Ordinal);
        Assert.Contains("empty.rules(1,1): error TAO1008", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_does_not_change_under_german_or_turkish_locales()
    {
        _folder.Write("units.rules", "package u\napplies to asset\nrule U-01\n  require asset.market_cap >= 2.5 TAO\n");
        var outputs = new[] { "C.UTF-8", "de_DE.UTF-8", "tr_TR.UTF-8" }
            .Select(lang => CliRun.AsProcess(_folder.Path, new Dictionary<string, string> { ["LANG"] = lang, ["LC_ALL"] = lang }, "check", ".", "--format", "json").Out)
            .ToList();

        Assert.Contains("TAO3003", outputs[0], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}
