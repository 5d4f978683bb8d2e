using System.Globalization;
using System.Text.Json;

namespace Tao.Rules.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private const string ValidPack = """
        package demo.listing
          title "Demo listing filter"
          applies to asset
          jurisdiction JP
          version "2026.1"
          effective 2026-01-01

        param min_handlers = 3

        rule DEMO-01 "Handled by enough exchanges"
          severity major
          cite "Demo policy §1"
          require asset.domestic_handler_count >= min_handlers
          because "{asset.symbol} is handled by {asset.domestic_handler_count} exchanges"

        test "three handlers pass"
          given asset { symbol: "BTC", domestic_handler_count: 3 }
          expect DEMO-01 pass
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_clean_pack_exits_0_and_says_so()
    {
        var file = _folder.Write("demo.rules", ValidPack);

        var result = CliRun.InProcess("check", file);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.", result.OutLines.Last());
    }

    [Fact]
    public void A_misspelt_field_gives_an_msbuild_line_with_a_suggestion_and_exit_1()
    {
        var file = _folder.Write("bad.rules", ValidPack.Replace("asset.domestic_handler_count >=", "asset.domestic_handler_cont >=", StringComparison.Ordinal));

        var result = CliRun.InProcess("check", file);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains(
            $"{file}(13,17): error TAO3001: unknown field 'asset.domestic_handler_cont'; did you mean 'asset.domestic_handler_count'?",
            result.OutLines);
    }

    [Fact]
    public void Folders_are_searched_for_rule_yaml_and_schema_files_in_path_order()
    {
        _folder.Write("b/one.rules", ValidPack.Replace("DEMO-01", "DEMO-0X", StringComparison.Ordinal));
        _folder.Write("a/two.rules", ValidPack.Replace("asset.domestic_handler_count >=", "asset.nope >=", StringComparison.Ordinal));
        _folder.Write("a/notes.txt", "not a rule file");

        var result = CliRun.InProcess("check", _folder.Path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal("2 files checked: 1 error, 0 warnings.", result.OutLines.Last());
        Assert.StartsWith(_folder.Path + "/a/two.rules(13,17): error TAO3001", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Warnaserror_turns_a_warning_into_a_failing_error()
    {
        var file = _folder.Write("nocite.rules", ValidPack.Replace("  cite \"Demo policy §1\"\n", string.Empty, StringComparison.Ordinal));

        var lenient = CliRun.InProcess("check", file);
        var strict = CliRun.InProcess("check", file, "--warnaserror");

        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Contains(lenient.OutLines, l => l.Contains(": warning TAO4002:", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Findings, strict.ExitCode);
        Assert.Contains(strict.OutLines, l => l.Contains(": error TAO4002:", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_format_lists_each_diagnostic_with_position_and_a_summary()
    {
        var file = _folder.Write("bad.rules", ValidPack.Replace("min_handlers\n", "min_handler\n", StringComparison.Ordinal));

        var result = CliRun.InProcess("check", file, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["TAO4008", "TAO3005"], diagnostics.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("warning", diagnostics[0].GetProperty("severity").GetString());
        var diagnostic = diagnostics[1];
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(13, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(43, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("docs/diagnostics/TAO3005.md", diagnostic.GetProperty("help").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Sarif_format_is_sarif_2_1_0_with_rules_and_regions()
    {
        var file = _folder.Write("bad.rules", ValidPack.Replace("asset.domestic_handler_count >=", "asset.nope >=", StringComparison.Ordinal));

        var result = CliRun.InProcess("check", file, "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Out);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("level").GetString() == "error");
        var ruleIndex = sarifResult.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("TAO3001", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("TAO3001", rules[ruleIndex].GetProperty("id").GetString());
        var region = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(13, region.GetProperty("startLine").GetInt32());
        Assert.Equal(17, region.GetProperty("startColumn").GetInt32());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
    }

    [Fact]
    public void A_missing_path_is_bad_input_exit_2()
    {
        var result = CliRun.InProcess("check", Path.Combine(_folder.Path, "nowhere.rules"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error TAO1014: cannot read", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_bad_input_exit_2_with_position()
    {
        var file = _folder.WriteBytes("latin1.rules", [.. "package a\n# caf"u8.ToArray(), 0xE9, (byte)'\n']);

        var result = CliRun.InProcess("check", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{file}(2,6): error TAO1009:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_is_bad_input_exit_2()
    {
        var file = _folder.WriteBytes("nul.rules", [.. "package a\n"u8.ToArray(), 0, (byte)'\n']);

        var result = CliRun.InProcess("check", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{file}(2,1): error TAO1010:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_option_value_is_bad_usage_exit_2()
    {
        var result = CliRun.InProcess("check", "--format", "xml");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void An_unknown_command_is_bad_usage_exit_2()
    {
        var result = CliRun.InProcess("frobnicate");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Output_is_the_same_in_every_culture(string culture)
    {
        var file = _folder.Write("bad.rules", ValidPack.Replace("asset.domestic_handler_count >=", "asset.nope >= 1.5 USD and asset.nope >=", StringComparison.Ordinal));
        var invariant = InCulture.Run(CultureInfo.InvariantCulture, () => CliRun.InProcess("check", file, "--format", "sarif"));

        var local = InCulture.Run(new CultureInfo(culture), () => CliRun.InProcess("check", file, "--format", "sarif"));

        Assert.Equal(invariant.Out, local.Out);
    }
}
