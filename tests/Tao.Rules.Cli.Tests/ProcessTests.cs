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

    [Fact]
    public void Eval_exit_codes_as_a_process_and_never_a_stack_trace()
    {
        var rules = _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        var facts = _folder.Write("facts/assets.yaml", EvaluationSamples.Facts);
        var longLine = "{\"symbol\": \"LONG\", \"name\": \"" + new string('x', 2 * 1024 * 1024) + "\"}\n";
        var hostile = _folder.Write("facts/hostile.jsonl", "{\"kind\": \"asset\", \"as_of\": \"2026-01-09\"}\n" + longLine + "{\"symbol\": \"NUM\", \"market_cap\": \"12\"}\n{not json\n");

        var ok = CliRun.AsProcess(_folder.Path, null, "eval", "--rules", rules, "--facts", facts, "--format", "json");
        var blocked = CliRun.AsProcess(_folder.Path, null, "eval", "--rules", rules, "--facts", facts, "--fail-on", "blocked");
        var noDate = CliRun.AsProcess(_folder.Path, null, "eval", "--rules", rules, "--facts", facts, "--as-of", "2026-02-30");
        var bad = CliRun.AsProcess(_folder.Path, null, "eval", "--rules", rules, "--facts", hostile, "--format", "csv");
        var usage = CliRun.AsProcess(_folder.Path, null, "eval", "--facts", facts);

        Assert.Equal(ExitCodes.Success, ok.ExitCode);
        Assert.Equal(ExitCodes.Findings, blocked.ExitCode);
        Assert.Equal(ExitCodes.BadInput, noDate.ExitCode);
        Assert.Equal(ExitCodes.Findings, bad.ExitCode);
        Assert.Equal(ExitCodes.BadInput, usage.ExitCode);
        Assert.Contains("hostile.jsonl(2,1): error TAO6010", bad.Error, StringComparison.Ordinal);
        Assert.Contains("hostile.jsonl(3,", bad.Error, StringComparison.Ordinal);
        Assert.Contains("hostile.jsonl(4,", bad.Error, StringComparison.Ordinal);
        Assert.Contains("NUM,demo.screen,DEMO-01,unknown", bad.Out, StringComparison.Ordinal);
        Assert.All(new[] { ok, blocked, noDate, bad, usage }, r => Assert.DoesNotContain("   at ", r.Out + r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_output_does_not_change_under_german_or_turkish_locales()
    {
        var rules = _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        var facts = _folder.Write("facts/assets.yaml", EvaluationSamples.Facts.Replace("market_cap: 5000000", "market_cap: 5000000.75", StringComparison.Ordinal));
        var outputs = new[] { "C.UTF-8", "de_DE.UTF-8", "tr_TR.UTF-8" }
            .Select(lang => CliRun.AsProcess(_folder.Path, new Dictionary<string, string> { ["LANG"] = lang, ["LC_ALL"] = lang }, "eval", "--rules", rules, "--facts", facts, "--format", "csv").Out)
            .ToList();

        Assert.Contains("5000000.75 USD", outputs[0], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}
