using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Facts;

public sealed class WaiverFileReaderTests
{
    private static (IReadOnlyList<Waiver> Waivers, string[] Diagnostics) Read(string text, string path = "w.yaml")
    {
        var bag = new DiagnosticBag();
        var waivers = WaiverFileReader.Read(SourceText.From(text, path), bag);
        return (waivers, FactLoad.Render(bag));
    }

    [Fact]
    public void Valid_waivers_load_in_file_order_with_their_locations()
    {
        var (waivers, diagnostics) = Read("""
            waivers:
              - rule: JP-GL-01
                entity: TAO
                reason: "Listed under individual review"
                approved_by: "J. Sato, CCO"
                expires: 2026-06-30
              - { rule: SN-01, entity: 7, reason: r, approved_by: a, expires: "2026-01-31" }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(2, waivers.Count);
        Assert.Equal(new Waiver("JP-GL-01", "TAO", "Listed under individual review", "J. Sato, CCO", new DateTime(2026, 6, 30), waivers[0].Location), waivers[0]);
        Assert.Equal((2, 5), (waivers[0].Location.StartPosition.Line, waivers[0].Location.StartPosition.Column));
        Assert.Equal("7", waivers[1].Entity);
        Assert.Equal(new DateTime(2026, 1, 31), waivers[1].Expires);
    }

    [Fact]
    public void Json_waivers_load_too()
    {
        var (waivers, diagnostics) = Read("""{"waivers": [{"rule": "R-1", "entity": "A", "reason": "r", "approved_by": "a", "expires": "2026-02-28"}]}""", "w.json");

        Assert.Empty(diagnostics);
        Assert.Equal("R-1", Assert.Single(waivers).Rule);
    }

    [Fact]
    public void TAO6006_malformed_waivers_are_reported_and_left_out()
    {
        var (waivers, diagnostics) = Read("""
            waivers:
              - { rule: R-1, entity: A, reason: r, approved_by: a, expires: 2026-02-30 }
              - { rule: R-2, entity: A, reason: r, expires: 2026-01-01 }
              - { rule: R-3, entity: A, reason: "", approved_by: a, expires: 2026-01-01, approver: b }
              - R-4
              - { rule: R-5, entity: A, reason: r, approved_by: a, expires: 2026-01-01 }
            notes: x
            """);

        Assert.Equal(
            ["w.yaml(2,65): error TAO6006: 'expires' is '2026-02-30', which is not a valid calendar date (expected YYYY-MM-DD)",
             "w.yaml(3,5): error TAO6006: the waiver is missing 'approved_by'",
             "w.yaml(4,37): error TAO6006: 'reason' must be a non-empty value; got the string \"\"",
             "w.yaml(4,78): error TAO6006: unknown key 'approver' in a waiver",
             "w.yaml(5,5): error TAO6006: a waiver must be a mapping of rule, entity, reason, approved_by and expires; got 'R-4'",
             "w.yaml(7,1): error TAO6006: unknown key 'notes' in a waiver file; expected 'waivers' or 'source'"],
            diagnostics);
        Assert.Equal("R-5", Assert.Single(waivers).Rule);
    }

    [Fact]
    public void A_top_level_source_text_is_accepted_and_a_non_text_source_is_TAO6006()
    {
        var (waivers, diagnostics) = Read("""
            source: "illustrative sample"
            waivers:
              - { rule: R-1, entity: A, reason: r, approved_by: a, expires: 2026-01-01 }
            """);
        Assert.Empty(diagnostics);
        Assert.Equal("R-1", Assert.Single(waivers).Rule);

        Assert.Equal(
            ["w.yaml(1,9): error TAO6006: 'source' must be text; got a list"],
            Read("source: [a]\nwaivers: []\n").Diagnostics);
    }

    [Fact]
    public void TAO6006_a_file_without_a_waivers_list()
    {
        Assert.Equal(["w.yaml(1,1): error TAO6006: the waiver file has no 'waivers' list"], Read("[]\n".Replace("[]", "{}", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(["w.yaml(1,10): error TAO6006: 'waivers' must be a list of waivers; got 'none'"], Read("waivers: none\n").Diagnostics);
        Assert.Equal(["w.yaml(2,1): error TAO6001: cannot read the facts: invalid YAML: While parsing a node, did not find expected node content."], Read("waivers: [\n").Diagnostics);
        Assert.Empty(Read("waivers: []\n").Diagnostics);
    }

    [Theory]
    [InlineData("2026-06-29", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void A_waiver_is_current_up_to_and_including_its_expiry_day(string asOf, bool current)
    {
        var waiver = new Waiver("R", "A", "r", "a", new DateTime(2026, 6, 30), Location.None);
        Assert.True(FactDates.TryParse(asOf, out var date));

        Assert.Equal(current, waiver.IsCurrent(date));
        Assert.Equal(current, waiver.IsCurrent(date.AddHours(23)));
    }
}
