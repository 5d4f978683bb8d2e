using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Yaml;

/// <summary>Input that comes close to each YAML diagnostic without being a mistake: none of them may fire.</summary>
public sealed class YamlNearMissTests
{
    [Fact]
    public void TAO2001_not_for_an_expression_with_a_colon_inside_quotes()
    {
        var root = YamlParse.Clean("""
            package: t.p
            rules:
              - id: R-1
                require: 'asset.note != "a: b" and asset.x > 1'
                because: "Ratio: {asset.x}"
            """);

        Assert.Single(root.Rules);
    }

    [Fact]
    public void TAO2002_and_TAO2003_not_when_every_key_is_spelt_right_and_present()
    {
        var root = YamlParse.Clean("""
            package: t.p
            title: T
            applies_to: asset
            jurisdiction: EU
            version: "1"
            effective: { from: 2026-01-01 }
            params: { a: 1 }
            lets: { b: a + 1 }
            rules:
              - { id: R-1, title: T, severity: info, cite: C, tags: [t], effective: 2026-01-01, when: b > 1, require: b > 2, because: B, remedy: R }
            tests:
              - { name: n, as_of: 2026-01-02, given: { kind: asset }, expect: [{ verdict: ready }] }
            """);

        Assert.Equal(5, root.Package!.Clauses.Count);
        Assert.Equal(8, root.Rules.Single().Clauses.Count);
    }

    [Fact]
    public void TAO2004_not_for_the_same_key_in_two_mappings()
    {
        var root = YamlParse.Clean("""
            package: t.p
            rules:
              - id: R-1
                require: asset.x
              - id: R-2
                require: asset.x
            """);

        Assert.Equal(2, root.Rules.Count());
    }

    [Fact]
    public void TAO2005_not_for_empty_lists_and_mappings()
    {
        var root = YamlParse.Clean("""
            package: t.p
            params:
            lets: {}
            rules: []
            tests:
            """);

        Assert.Empty(root.Members);
    }

    [Fact]
    public void TAO2006_not_for_stars_and_ampersands_inside_values()
    {
        var root = YamlParse.Clean("""
            package: t.p
            rules:
              - id: R-1
                title: Risk & return
                require: asset.x * 2 > 3 and asset.note != "*a"
            """);

        Assert.Equal("Risk & return", root.Rules.Single().Title!.Value);
    }

    [Fact]
    public void TAO2007_not_for_any_valid_severity_outcome_verdict_or_date()
    {
        var rules = string.Join(string.Empty, Keywords.Severities.Select((s, i) => $"  - {{ id: R-{i}, severity: {s}, require: asset.x }}\n"));
        var outcomes = string.Join(", ", Keywords.Outcomes.Select(o => $"{{ rule: R-0, outcome: {o} }}"));
        var verdicts = string.Join(", ", Keywords.Verdicts.Select(v => $"{{ verdict: {v} }}"));
        var yaml = $"package: a.b_c.d1\neffective: 2024-02-29\nrules:\n{rules}tests:\n  - {{ name: t, given: {{ kind: asset }}, expect: [{outcomes}, {verdicts}] }}\n";

        var root = YamlParse.Clean(yaml);

        Assert.Equal(Keywords.Severities.Count, root.Rules.Count());
        Assert.Equal(Keywords.Outcomes.Count + Keywords.Verdicts.Count, root.Tests.Single().Expectations.Count);
    }

    [Fact]
    public void TAO3010_and_TAO1005_not_for_every_type_and_the_units_schemas_use()
    {
        var diagnostics = new DiagnosticBag();
        var schema = SchemaLoader.Load(
            SourceText.From("""
                kind: thing
                key: id
                fields:
                  id: { type: string, required: true }
                  a: { type: int, unit: block }
                  b: { type: number, unit: "%" }
                  c: { type: number, unit: bps }
                  d: { type: number, unit: x }
                  e: { type: number, unit: TAO/block }
                  f: { type: number, unit: rao }
                  g: { type: bool }
                  h: { type: date }
                  i: { type: enum, values: [p, q] }
                  j: { type: list, items: number, unit: USD }
                """, "thing.schema.yaml"),
            diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(11, schema!.Fields.Count);
    }
}
