using Tao.Rules.Cli.Tests;
using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Reporting.Model;
using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Reporting.Tests.Exports;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Tests;
using Tao.Rules.Tests.Infrastructure;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Tests.Templates;

/// <summary>templates/subnet-policy.*.sbn on the shipped subnet pack and samples, with the sample halving scenario.</summary>
public sealed partial class SubnetPolicyTemplateTests
{
    private static readonly ScenarioDefinition Halving = new(
        "Second halving: 0.25 TAO per block",
        [new ParamOverride("tao.subnets", "block_emission", "0.25 TAO/block")]);

    [Fact]
    public void Html_on_the_samples() => Golden.Verify("subnet-policy.html", Render("subnet-policy.html.sbn", SampleReport(Halving)));

    [Fact]
    public void Markdown_on_the_samples() => Golden.Verify("subnet-policy.md", Render("subnet-policy.md.sbn", SampleReport(Halving)));

    [Fact]
    public void The_share_chart_has_one_bar_per_subnet_with_a_share_largest_first()
    {
        var report = SampleReport(Halving);
        var html = Render("subnet-policy.html.sbn", report);

        var shares = report.Packs[0].Entities
            .Select(e => (e.Key, Share: e.Derived.Single(d => d.Name == "share").Number))
            .Where(e => e.Share > 0)
            .OrderByDescending(e => e.Share)
            .ToList();
        var bars = BarRegex().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(shares.Select(s => s.Key), bars);
        Assert.Equal(82, bars.Count);
    }

    [Fact]
    public void Projected_daily_emission_totals_follow_block_emission_now_and_under_the_scenario()
    {
        var html = Render("subnet-policy.html.sbn", SampleReport(Halving));

        // 0.5 TAO/block x 7,200 blocks a day = 3,600 TAO shared out; the halving scenario shares out half of it.
        Assert.Contains("<tfoot><tr><th colspan=\"4\">Total</th><th class=\"num\">3600 TAO</th><th class=\"num\">1800 TAO</th><th class=\"num\">-1800 TAO</th></tr></tfoot>", html, StringComparison.Ordinal);
        Assert.Contains("<code>block_emission = 0.25 TAO/block</code> (now 0.5 TAO/block)", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">412.39 TAO</td><td class=\"num\">206.2 TAO</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_scenario_only_the_current_emission_is_shown_with_how_to_add_one()
    {
        var html = Render("subnet-policy.html.sbn", SampleReport(null));
        var markdown = Render("subnet-policy.md.sbn", SampleReport(null));

        Assert.DoesNotContain("<dt>Scenario</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Give <code>report --scenario FILE</code>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">3600 TAO</th></tr></tfoot>", html, StringComparison.Ordinal);
        Assert.Contains("| # | Subnet | Name | Share | | Now |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_has_one_cell_per_subnet_and_rule_and_prune_risk_lists_the_findings_closest_first()
    {
        var report = SampleReport(Halving);
        var html = Render("subnet-policy.html.sbn", report);

        Assert.Equal(128 * 8, Regex.Matches(html, "<rect class=\"cell outcome-").Count);
        var pruneTable = html[html.IndexOf("<table class=\"prune-risk\">", StringComparison.Ordinal)..];
        pruneTable = pruneTable[..pruneTable.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(["93", "82", "52", "112", "126", "127"], Regex.Matches(pruneTable, "<tr data-entity=\"([0-9]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<strong>at the limit</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_subnet_name_is_text_in_both_reports()
    {
        var facts = SampleEvaluation.Read("rules/samples/subnets.yaml").Content
            .Replace("value: \"Chutes\"", "value: \"<script>alert(1)</script> | [x](javascript:alert(2))\"", StringComparison.Ordinal);
        Assert.Contains("<script>", facts, StringComparison.Ordinal);
        var results = SampleEvaluation.Evaluate(SampleEvaluation.ShippedPacks(), "subnet", SourceText.From(facts, "rules/samples/subnets.yaml"), SampleEvaluation.SampleOptions());
        var report = Attach(results, SampleEvaluation.SampleOptions(), null);

        var html = Render("subnet-policy.html.sbn", report);
        var markdown = Render("subnet-policy.md.sbn", report);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[x](javascript", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:alert(2))", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subnet-policy.html.sbn")]
    [InlineData("subnet-policy.md.sbn")]
    public void Output_is_the_same_bytes_under_german_and_turkish_cultures(string template)
    {
        var report = SampleReport(Halving);
        var outputs = InCulture.Each(() => Render(template, report));

        Assert.Contains("11.46 %", outputs[0], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }

    [Fact]
    public void A_scenario_value_of_the_wrong_unit_stops_the_report_with_the_diagnostic()
    {
        var results = SampleEvaluation.Subnets;
        var report = RunReportBuilder.Build(results);
        var diagnostics = new DiagnosticBag();

        var attached = ScenarioReportBuilder.Attach(report, results, SampleEvaluation.SampleOptions(), new ScenarioDefinition("wrong", [new ParamOverride("tao.subnets", "block_emission", "5 USD")]), diagnostics);

        Assert.Null(attached);
        Assert.True(diagnostics.HasErrors);
        Assert.Contains("block_emission", string.Join("\n", diagnostics.ToSortedList()), StringComparison.Ordinal);
    }

    [Fact]
    public void Params_show_the_value_the_run_used_and_whether_it_was_given()
    {
        var options = SampleEvaluation.SampleOptions([new ParamOverride("tao.subnets", "prune_watch", "3")]);
        var results = SampleEvaluation.Evaluate(SampleEvaluation.ShippedPacks(), "subnet", SampleEvaluation.Read("rules/samples/subnets.yaml"), options);
        var pack = Attach(results, options, Halving).Packs[0];

        Assert.Equal(new ParamReport("prune_watch", "3", "5", true), pack.Params.Single(p => p.Name == "prune_watch"));
        Assert.Equal(new ParamReport("block_emission", "0.5 TAO/block", "0.5 TAO/block", false), pack.Params.Single(p => p.Name == "block_emission"));
        Assert.Equal([new ParamChangeReport("block_emission", "0.5 TAO/block", "0.25 TAO/block")], pack.Scenario!.Changes);
        Assert.Equal(pack.Entities.Select(e => e.Key), pack.Scenario.Entities.Select(e => e.Key));
    }

    internal static RunReport SampleReport(ScenarioDefinition? scenario) => Attach(SampleEvaluation.Subnets, SampleEvaluation.SampleOptions(), scenario);

    internal static string Render(string template, RunReport report) =>
        new ReportRenderer(new TemplateFolder(Path.Combine(RepositoryRoot.Path, "templates"), "templates")).Render(template, ReportComposer.Globals(report, report.Packs[0]));

    private static RunReport Attach(IReadOnlyList<EvaluationResult> results, EvaluationOptions options, ScenarioDefinition? scenario)
    {
        var diagnostics = new DiagnosticBag();
        var report = ScenarioReportBuilder.Attach(RunReportBuilder.Build(results), results, options, scenario, diagnostics);
        Assert.True(report is not null, string.Join("\n", diagnostics.ToSortedList()));
        return report!;
    }

    [GeneratedRegex("<g class=\"bar\" data-entity=\"([^\"]*)\">")]
    private static partial Regex BarRegex();
}
