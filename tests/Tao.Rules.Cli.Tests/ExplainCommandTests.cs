namespace Tao.Rules.Cli.Tests;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _rules;
    private readonly string _facts;

    public ExplainCommandTests()
    {
        _rules = _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        _facts = _folder.Write("facts/assets.yaml", EvaluationSamples.Facts);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Explains_every_rule_with_because_values_thresholds_and_evidence()
    {
        var result = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "BIG");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal($"BIG (asset) in {_facts}, demo dossier; as of 2026-01-09", lines[0]);
        Assert.Equal("demo.screen \"Demo screen\": ready", lines[1]);
        Assert.Equal("  DEMO-01 \"Large enough\": pass", lines[2]);
        Assert.Equal("    because: BIG has a market cap of 2800000000 USD", lines[3]);
        Assert.Equal(
            $"    require asset.market_cap >= min_cap: 2800000000 USD >= 100000000 USD is true [asset.market_cap: CoinGecko, as of 2026-01-08 ({_facts}:6)]",
            lines[4]);
        Assert.Contains(lines, l => l.StartsWith("  DEMO-03 \"Enough turnover per exchange\": pass", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_outcomes_name_the_missing_facts_and_errors_say_why()
    {
        var small = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "SMALL", "--rule", "DEMO-03");
        var xmr = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "XMR", "--rule", "DEMO-03");

        Assert.Equal(ExitCodes.Success, small.ExitCode);
        Assert.Contains("  DEMO-03 \"Enough turnover per exchange\": unknown", small.OutLines);
        Assert.Contains("    missing: asset.adv_30d, asset.domestic_handler_count", small.OutLines);
        Assert.DoesNotContain(small.OutLines, l => l.Contains("DEMO-01", StringComparison.Ordinal));
        Assert.Contains("  DEMO-03 \"Enough turnover per exchange\": error", xmr.OutLines);
        Assert.Contains(xmr.OutLines, l => l.Contains("error: division by zero", StringComparison.Ordinal));
    }

    [Fact]
    public void A_waiver_is_shown_with_who_approved_it_and_until_when()
    {
        var waivers = _folder.Write("waivers.yaml", "waivers:\n  - { rule: DEMO-02, entity: XMR, reason: \"Delisting in progress\", approved_by: \"J. Sato, CCO\", expires: 2026-06-30 }\n");

        var result = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "XMR", "--rule", "DEMO-02", "--waivers", waivers);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("  DEMO-02 \"No privacy features\": waived until 2026-06-30, approved by J. Sato, CCO: Delisting in progress", result.OutLines);
    }

    [Fact]
    public void An_unknown_entity_is_exit_2_with_did_you_mean()
    {
        var result = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "SMAL");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains($"tao-rules: no entity 'SMAL' in '{_facts}'; did you mean 'SMALL'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_is_exit_2_with_did_you_mean()
    {
        var result = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "BIG", "--rule", "DEMO-3");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no rule 'DEMO-3' in the packs for these facts; did you mean 'DEMO-03'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_as_of_option_is_the_date_explained()
    {
        var result = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "BIG", "--as-of", "2026-02-01");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.EndsWith("; as of 2026-02-01", result.OutLines[0], StringComparison.Ordinal);
    }
}
