namespace Tao.Rules.Cli.Tests;

/// <summary><c>--functions PATH.dll</c> with a real assembly built from samples/functions, loaded from disk.</summary>
public sealed class FunctionsOptionTests : IDisposable
{
    private const string Pack = """
        package demo.functions
          applies to asset
          effective 2026-01-01

        let floor = liquidity_floor(1_000_000 USD, asset.domestic_handler_count)

        rule FN-01 "Market cap above the liquidity floor"
          severity major
          cite "demo"
          require asset.market_cap >= floor
          because "{asset.symbol} is below the floor"

        rule FN-02 "Most of the supply circulates"
          severity minor
          cite "demo"
          when not is_dollar_ticker(asset.symbol)
          require supply_ratio(asset.circulating_supply, asset.max_supply) >= 50 %
          because "too little circulates"

        test "a big asset passes"
          given asset { symbol: "BIG", market_cap: 5_000_000 USD, domestic_handler_count: 3, circulating_supply: 9, max_supply: 10 }
          expect FN-01 pass
          expect FN-02 pass
        """;

    private const string Facts = """
        kind: asset
        as_of: 2026-01-09
        entities:
          - { symbol: BIG, market_cap: 5000000, domestic_handler_count: 3, circulating_supply: 9, max_supply: 10 }
          - { symbol: ZERO, market_cap: 10, domestic_handler_count: 2, circulating_supply: 9, max_supply: 0 }
          - { symbol: BTCUSD, market_cap: 10 }
        """;

    private static readonly string Functions = Path.Combine(AppContext.BaseDirectory, "functions", "Tao.Rules.SampleFunctions.dll");

    private readonly TempFolder _folder = new();
    private readonly string _rules;
    private readonly string _facts;

    public FunctionsOptionTests()
    {
        _rules = _folder.Write("rules/functions.rules", Pack);
        _facts = _folder.Write("facts/assets.yaml", Facts);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_binds_calls_to_the_loaded_functions()
    {
        var result = CliRun.InProcess("check", _rules, "--functions", Functions);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["1 file checked: 0 errors, 0 warnings."], result.OutLines);
    }

    [Fact]
    public void Without_the_assembly_the_calls_are_unknown_functions()
    {
        var result = CliRun.InProcess("check", _rules);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains($"{_rules}(5,13): error TAO3004: unknown function 'liquidity_floor'", result.OutLines);
    }

    [Fact]
    public void Eval_calls_the_functions_and_a_throwing_one_is_an_error_outcome()
    {
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--functions", Functions, "--format", "csv");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.OutLines;
        Assert.Contains(lines, l => l.StartsWith("BIG,demo.functions,FN-01,pass,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("BIG,demo.functions,FN-02,pass,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ZERO,demo.functions,FN-01,fail,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ZERO,demo.functions,FN-02,error,", StringComparison.Ordinal));
        Assert.Contains("  error: the function 'supply_ratio' failed: ArgumentException: the maximum supply is zero (Parameter 'maximum')\"", lines);
        Assert.Contains(lines, l => l.StartsWith("BTCUSD,demo.functions,FN-02,not_applicable,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("BTCUSD,demo.functions,FN-01,unknown,", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_and_test_take_the_functions_too()
    {
        var explain = CliRun.InProcess("explain", "--rules", _rules, "--facts", _facts, "--entity", "ZERO", "--functions", Functions);
        Assert.Equal(ExitCodes.Success, explain.ExitCode);
        Assert.Contains("the function 'supply_ratio' failed", explain.Out, StringComparison.Ordinal);

        var test = CliRun.InProcess("test", _rules, "--functions", Functions);
        Assert.Equal(ExitCodes.Success, test.ExitCode);
        Assert.Equal("1 test in 1 package: 1 passed, 0 failed.", test.OutLines[^1]);
    }

    [Fact]
    public void Report_takes_the_functions_too()
    {
        var output = Path.Combine(_folder.Path, "out");

        var result = CliRun.InProcess("report", "--rules", _rules, "--facts", _facts, "--functions", Functions, "--out", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var csv = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.Contains(csv, l => l.StartsWith("BIG,demo.functions,FN-01,pass,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("ZERO,demo.functions,FN-02,error,", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "demo.functions.html")));
    }

    [Fact]
    public void A_missing_assembly_is_TAO3019_and_exit_2()
    {
        var missing = Path.Combine(_folder.Path, "nope.dll");
        var result = CliRun.InProcess("eval", "--rules", _rules, "--facts", _facts, "--functions", missing);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal([$"{missing}(1,1): error TAO3019: cannot load the functions assembly '{missing}': no such file"], result.OutLines);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_TAO3019_and_exit_2()
    {
        var bad = _folder.Write("bad.dll", "not a PE file");
        foreach (var command in new[] { "check", "test" })
        {
            var result = CliRun.InProcess(command, _rules, "--functions", bad);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Equal($"{bad}(1,1): error TAO3019: cannot load the functions assembly '{bad}': it is not a .NET assembly", result.OutLines[0]);
            Assert.DoesNotContain(result.OutLines, l => l.Contains("TAO3004", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_same_functions_twice_clash_TAO3018_and_exit_2()
    {
        var result = CliRun.InProcess("check", _rules, "--functions", Functions, "--functions", Functions);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(3, result.OutLines.Count(l => l.Contains("error TAO3018: the [RuleFunction] 'Tao.Rules.SampleFunctions.ListingFunctions.", StringComparison.Ordinal)));
        Assert.Equal(["TAO3018"], result.OutLines.Where(l => l.Contains(": error TAO", StringComparison.Ordinal)).Select(l => l.Split(": error ")[1][..7]).Distinct());
        Assert.Contains($"{Functions}(1,1): error TAO3018: the [RuleFunction] 'Tao.Rules.SampleFunctions.ListingFunctions.LiquidityFloor' is named 'liquidity_floor', like Tao.Rules.SampleFunctions.ListingFunctions.LiquidityFloor (from '{Functions}'); give it another name with [RuleFunction(\"name\")]", result.OutLines);
    }

    [Fact]
    public void The_tool_as_a_process_loads_the_assembly_in_its_own_load_context()
    {
        var result = CliRun.AsProcess(_folder.Path, null, "eval", "--rules", _rules, "--facts", _facts, "--functions", Functions, "--format", "csv");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("ZERO,demo.functions,FN-02,error,", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("BIG,demo.functions,FN-02,pass,", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Check_reports_a_bad_assembly_in_the_chosen_format()
    {
        var missing = Path.Combine(_folder.Path, "nope.dll");
        var result = CliRun.InProcess("check", _rules, "--functions", missing, "--format", "json");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Contains("\"TAO3019\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("cannot load the functions assembly", result.Out, StringComparison.Ordinal);
    }
}
