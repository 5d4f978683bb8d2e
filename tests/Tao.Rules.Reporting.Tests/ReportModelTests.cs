using Tao.Rules.Reporting.Model;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Tests;

/// <summary>The report model built from the evaluation of the samples: what templates can rely on.</summary>
public sealed class ReportModelTests
{
    private static PackReport Japan => SampleRun.Report().Packs.Single(p => p.Id == "jp.listing");

    [Fact]
    public void Pack_metadata_comes_from_the_package_and_the_facts()
    {
        var pack = Japan;
        Assert.Equal("Japan-style asset filter (JVCEA Green List and FSA screening)", pack.Title);
        Assert.Equal("2026.1", pack.Version);
        Assert.Equal("JP", pack.Jurisdiction);
        Assert.Equal("asset", pack.EntityKind);
        Assert.Equal("rules/japan/listing.rules", pack.SourcePath);
        Assert.Equal("rules/samples/assets.yaml", pack.FactsPath);
        Assert.Equal("2026-01-09", pack.AsOf);
        Assert.Equal("2026-01-09", pack.FactsAsOf);
        Assert.Equal(40, pack.Entities.Count);
        Assert.Equal(pack.Entities.Count, pack.VerdictCounts.Total);
        Assert.Equal(pack.Entities.Count * pack.Rules.Count, pack.OutcomeCounts.Total);
    }

    [Fact]
    public void The_content_hash_is_sha256_of_the_rule_file_with_lf_line_endings()
    {
        var text = File.ReadAllText(Path.Combine(Tao.Rules.Tests.RepositoryRoot.Path, "rules", "japan", "listing.rules"));
        Assert.Equal(ContentHash.Of(text), Japan.ContentHash);
        Assert.Equal(ContentHash.Of("a\nb\n"), ContentHash.Of("a\r\nb\r\n"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Of(string.Empty));
    }

    [Fact]
    public void A_waived_outcome_carries_its_waiver_and_explanation()
    {
        var tao = Japan.Entities.Single(e => e.Key == "TAO");
        var waived = tao.Outcomes.Single(o => o.Rule == "JP-GL-01");
        Assert.Equal("waived", waived.Outcome);
        Assert.Equal(new WaiverReport("Not on the Green List path; individual screening under the JVCEA rules is in progress (illustrative)", "Listing committee, minutes 2026-01-05 (illustrative)", "2026-06-30"), waived.Waiver);
        Assert.Equal("Bittensor is handled by 0 JVCEA member firms; the Green List needs 3", waived.Because);
        Assert.StartsWith("JVCEA Green List criteria (2022)", waived.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_outcome_names_its_missing_facts_and_each_fact_used_has_its_evidence()
    {
        var tao = Japan.Entities.Single(e => e.Key == "TAO");
        Assert.Equal("Bittensor", tao.Name);
        var unknown = tao.Outcomes.Single(o => o.Rule == "JP-GL-02");
        Assert.Equal("unknown", unknown.Outcome);
        Assert.Equal(["asset.first_domestic_listing"], unknown.Missing);
        Assert.Contains(unknown.Comparisons, c => c.Clause == "require" && c.Result == "unknown");
        var handlers = tao.Outcomes.Single(o => o.Rule == "JP-GL-01").Evidence.Single(e => e.Fact == "asset.domestic_handler_count");
        Assert.StartsWith("no domestic Japanese exchange is known to handle TAO", handlers.Source, StringComparison.Ordinal);
        Assert.Equal("2026-01-09", handlers.AsOf);
        Assert.Equal("rules/samples/assets.yaml", handlers.File);
        Assert.True(handlers.Line > 0);
    }

    [Fact]
    public void Pass_and_not_applicable_outcomes_have_no_because_but_a_summary_and_their_evidence()
    {
        var bitcoin = Japan.Entities.Single(e => e.Key == "BTC");
        var pass = bitcoin.Outcomes.Single(o => o.Rule == "JP-FSA-01");
        Assert.Equal("pass", pass.Outcome);
        Assert.Null(pass.Because);
        Assert.Null(pass.Waiver);
        Assert.Equal("JP-FSA-01 \"No anonymity-enhancing features\": pass", pass.Summary);
        Assert.Equal(["asset.has_privacy_feature"], pass.Evidence.Select(e => e.Fact).ToArray());
    }

    [Fact]
    public void Entities_keep_fact_file_order_and_outcomes_keep_rule_order()
    {
        var pack = Japan;
        Assert.Equal(["BTC", "ETH"], pack.Entities.Take(2).Select(e => e.Key).ToArray());
        Assert.Equal(Enumerable.Range(0, pack.Entities.Count), pack.Entities.Select(e => e.Index));
        Assert.All(pack.Entities, e => Assert.Equal(pack.Rules.Select(r => r.Id), e.Outcomes.Select(o => o.Rule)));
    }

    [Fact]
    public void Subnets_carry_their_let_values_for_the_subnet_templates()
    {
        var subnets = SampleRun.Report().Packs.Single(p => p.Id == "tao.subnets");
        var chutes = subnets.Entities.Single(e => e.Key == "64");
        Assert.Contains(chutes.Derived, d => d.Name == "eligible" && d.Text == "true");
        Assert.Contains(chutes.Derived, d => d.Number is not null && d.Unit is not null);
    }

    [Fact]
    public void File_stems_are_safe_names()
    {
        Assert.Equal("jp.listing", ReportFileNames.Stem("jp.listing"));
        Assert.Equal("a-b-c", ReportFileNames.Stem("a/b\\c"));
        Assert.Equal("pack", ReportFileNames.Stem(".."));
    }
}
