using System.Text.Json;
using System.Xml.Linq;
using Tao.Rules.Evaluation;
using Tao.Rules.Reporting.Exports;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Reporting.Tests.Exports;

/// <summary>Every export of every shipped asset pack on the asset samples, as golden files, and what each format promises.</summary>
public sealed class ExportGoldenTests
{
    private static IReadOnlyList<EvaluationResult> Results => SampleEvaluation.Assets;

    [Fact]
    public void Json_on_the_samples() => Golden.Verify("assets.results.json", SampleEvaluation.Export(Results, o => new JsonEvaluationWriter(o)));

    [Fact]
    public void Csv_on_the_samples() => Golden.Verify("assets.results.csv", SampleEvaluation.Export(Results, o => new CsvEvaluationWriter(o)));

    [Fact]
    public void Sarif_on_the_samples() => Golden.Verify("assets.results.sarif", SampleEvaluation.Export(Results, o => new SarifEvaluationWriter(o, Packs())));

    [Fact]
    public void Junit_on_the_samples() => Golden.Verify("assets.results.junit.xml", SampleEvaluation.Export(Results, o => new JUnitEvaluationWriter(o)));

    [Fact]
    public void Sarif_results_are_the_non_passing_outcomes_and_point_at_their_rule_descriptor()
    {
        using var json = JsonDocument.Parse(SampleEvaluation.Export(Results, o => new SarifEvaluationWriter(o, Packs())));
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(Results.Sum(r => r.Rules.Count), rules.Count);
        var expected = AllOutcomes().Count(o => o is not (Outcome.Pass or Outcome.NotApplicable));
        Assert.Equal(expected, results.Count);
        foreach (var result in results)
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(rule.GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.Equal(rule.GetProperty("properties").GetProperty("pack").GetString(), result.GetProperty("properties").GetProperty("pack").GetString());
            var outcome = result.GetProperty("properties").GetProperty("outcome").GetString();
            var kind = result.GetProperty("kind").GetString();
            var level = result.GetProperty("level").GetString();
            Assert.Equal(outcome switch { "unknown" => "open", "error" => "review", _ => "fail" }, kind);
            Assert.Equal(kind == "fail" ? rule.GetProperty("defaultConfiguration").GetProperty("level").GetString() : "none", level);
            Assert.Equal(outcome == "waived", result.TryGetProperty("suppressions", out _));
        }

        var counts = run.GetProperty("properties").GetProperty("outcomes");
        Assert.Equal(AllOutcomes().Count(o => o == Outcome.Pass), counts.GetProperty("pass").GetInt32());
        Assert.Equal(AllOutcomes().Count(), counts.EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public void Sarif_levels_follow_severity_and_every_rule_carries_its_title_and_citation()
    {
        using var json = JsonDocument.Parse(SampleEvaluation.Export(Results, o => new SarifEvaluationWriter(o, Packs())));
        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var declared = Results.SelectMany(r => r.Rules).ToList();

        Assert.All(rules.Zip(declared), pair =>
        {
            var (descriptor, rule) = pair;
            Assert.Equal(rule.Title, descriptor.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal("Citation: " + rule.Cite, descriptor.GetProperty("help").GetProperty("text").GetString());
            Assert.Equal(
                rule.Severity switch { RuleSeverity.Blocker => "error", RuleSeverity.Major => "warning", _ => "note" },
                descriptor.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        });
    }

    [Fact]
    public void Junit_has_one_testcase_per_entity_and_rule_and_counts_that_match_its_children()
    {
        var root = XDocument.Parse(SampleEvaluation.Export(Results, o => new JUnitEvaluationWriter(o))).Root!;
        var suites = root.Elements("testsuite").ToList();

        Assert.Equal(Results.Select(r => r.PackName), suites.Select(s => (string)s.Attribute("name")!));
        foreach (var (suite, pack) in suites.Zip(Results))
        {
            var cases = suite.Elements("testcase").ToList();
            Assert.Equal(pack.EntityCount * pack.Rules.Count, cases.Count);
            Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
            Assert.Equal(cases.Count(c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
            Assert.Equal(cases.Count(c => c.Element("skipped") is not null), (int)suite.Attribute("skipped")!);
            var expectedNames = Enumerable.Range(0, pack.EntityCount)
                .SelectMany(row => pack.Rules.Select(rule => pack.Facts.GetKey(row) + ": " + rule.Id + " " + rule.Title));
            Assert.Equal(expectedNames, cases.Select(c => (string)c.Attribute("name")!));
        }

        Assert.Equal(suites.Sum(s => (int)s.Attribute("tests")!), (int)root.Attribute("tests")!);
        Assert.Equal(AllOutcomes().Count(o => o is Outcome.Fail or Outcome.Error), (int)root.Attribute("failures")!);
        Assert.Equal(AllOutcomes().Count(o => o is Outcome.NotApplicable or Outcome.Unknown or Outcome.Waived), (int)root.Attribute("skipped")!);
    }

    private static List<CompiledPack> Packs() => Results.Select(r => r.Pack).ToList();

    private static IEnumerable<Outcome> AllOutcomes() =>
        Results.SelectMany(r => Enumerable.Range(0, r.EntityCount).SelectMany(row => Enumerable.Range(0, r.Rules.Count).Select(rule => r.GetOutcome(row, rule))));
}
