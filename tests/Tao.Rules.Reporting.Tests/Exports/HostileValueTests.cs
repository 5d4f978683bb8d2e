using Tao.Rules.Cli.Tests;
using System.Text.Json;
using System.Xml.Linq;
using Tao.Rules.Evaluation;
using Tao.Rules.Reporting.Exports;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Tests.Exports;

/// <summary>Entity keys, names and rule texts are untrusted: every export must carry them as data, never as markup or formulas.</summary>
public sealed class HostileValueTests
{
    private const string Pack = """
        package demo.hostile
          title "Hostile <values> & friends"
          applies to asset
          jurisdiction JP
          version "1"
          effective 2026-01-01

        rule HOST-01 "Big <b>enough</b> & 'more'"
          severity blocker
          cite "Art. 1 <i>&amp;</i> ]]>"
          require asset.market_cap >= 100 USD
          because "{asset.name} is too small"
        """;

    // The key starts like a formula and holds markup, quotes, an ampersand and a control character; the name closes the
    // elements it lands in, opens a CDATA end and breaks a line.
    private const string Key = "=cmd|' /C calc'!A0<script>alert(\"x\")</script>&\u0001";
    private const string Name = "</failure>]]><x a=\"1\">\r\nline2 \u0007";

    private static readonly IReadOnlyList<EvaluationResult> Results = SampleEvaluation.Evaluate(
        [SourceText.From(Pack, "rules/hostile.rules")],
        "asset",
        SourceText.From(
            "{\"kind\": \"asset\", \"as_of\": \"2026-01-09\", \"entities\": [{\"symbol\": " + JsonSerializer.Serialize(Key) + ", \"name\": " + JsonSerializer.Serialize(Name) + ", \"market_cap\": 5}]}",
            "facts/hostile.json"));

    [Fact]
    public void Junit_parses_and_gives_back_every_value_with_only_the_characters_xml_cannot_hold_replaced()
    {
        var xml = SampleEvaluation.Export(Results, o => new JUnitEvaluationWriter(o));

        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<x a=", xml, StringComparison.Ordinal);
        var testCase = Assert.Single(XDocument.Parse(xml).Descendants("testcase"));
        Assert.Equal(Key.Replace('\u0001', '\uFFFD') + ": HOST-01 Big <b>enough</b> & 'more'", (string)testCase.Attribute("name")!);
        var failure = testCase.Element("failure")!;
        Assert.Equal("blocker: " + Name.Replace('\u0007', '\uFFFD') + " is too small", (string)failure.Attribute("message")!);
        Assert.Contains("because: " + Name.Replace('\u0007', '\uFFFD') + " is too small", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_and_json_parse_and_give_back_every_value_unchanged()
    {
        using var sarif = JsonDocument.Parse(SampleEvaluation.Export(Results, o => new SarifEvaluationWriter(o, [Results[0].Pack])));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results")[0];
        Assert.StartsWith(Key + ": HOST-01", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("because: " + Name + " is too small", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(Key, result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        Assert.Equal("Art. 1 <i>&amp;</i> ]]>", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("properties").GetProperty("citation").GetString());

        using var json = JsonDocument.Parse(SampleEvaluation.Export(Results, o => new JsonEvaluationWriter(o)));
        Assert.Equal(Key, json.RootElement.GetProperty("results")[0].GetProperty("entity").GetString());
        Assert.Equal(Key, json.RootElement.GetProperty("verdicts")[0].GetProperty("entity").GetString());
    }

    [Fact]
    public void Csv_neutralises_the_key_and_quotes_the_explanation()
    {
        var csv = SampleEvaluation.Export(Results, o => new CsvEvaluationWriter(o));

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("\"'" + Key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",demo.hostile,HOST-01,fail,blocker,blocked,,\"HOST-01", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("sarif")]
    [InlineData("junit")]
    public void Every_export_of_the_samples_is_the_same_bytes_under_german_and_turkish_cultures(string format)
    {
        Func<TextWriter, IEvaluationWriter> create = format switch
        {
            "json" => o => new JsonEvaluationWriter(o),
            "csv" => o => new CsvEvaluationWriter(o),
            "sarif" => o => new SarifEvaluationWriter(o, SampleEvaluation.Assets.Select(r => r.Pack).ToList()),
            _ => o => new JUnitEvaluationWriter(o),
        };
        var outputs = InCulture.Each(() => SampleEvaluation.Export(SampleEvaluation.Assets, create));

        Assert.Contains("2026-01-09", outputs[0], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}
