using System.Text;

namespace Tao.Rules.Tests.Yaml;

/// <summary>TAO2001–TAO2008 in rule files: each with a triggering and a clean case, at exact positions.</summary>
public sealed class YamlStructureDiagnosticsTests
{
    private const string CleanRule = """
        package: t.p
        rules:
          - id: R-1
            severity: major
            require: asset.x > 1
        """;

    [Fact]
    public void A_clean_file_has_no_diagnostics()
    {
        var root = YamlParse.Clean(CleanRule);

        Assert.Equal("t.p", root.Package!.Name.Name);
        Assert.Single(root.Rules);
    }

    [Fact]
    public void TAO2001_invalid_yaml_at_YamlDotNet_s_mark()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: t.p
            rules:
              - id: R-1
                require: asset.x: 1
            """);

        Assert.Equal(["(4,21) TAO2001 invalid YAML: while scanning a plain scalar value, found invalid mapping (quote a value that contains ': ')"], diagnostics);
    }

    [Fact]
    public void TAO2001_keeps_what_came_before_and_reports_no_missing_key_after_it()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: t.p
            rules:
              - id: R-1
                severity: critcal
              - id: R-2
                require: "never closed
            """);

        Assert.Equal(
            [
                "(4,15) TAO2007 'critcal' is not a valid severity; expected blocker, major, minor or info",
                "(6,14) TAO2001 invalid YAML: while scanning a quoted scalar, found unexpected end of stream",
            ],
            diagnostics);
    }

    [Fact]
    public void TAO2001_a_second_document()
    {
        var diagnostics = YamlParse.Diagnostics(CleanRule + "\n---\npackage: t.q\n");

        Assert.Equal(["(6,1) TAO2001 invalid YAML: a rule, schema or fact file holds one YAML document, and a second one starts here"], diagnostics);
    }

    [Fact]
    public void TAO2001_an_unclosed_flow_list()
    {
        var positions = YamlParse.Positions("package: t.p\nrules: [\n  { id: R-1 }\n");

        Assert.Equal("TAO2001", Assert.Single(positions).Split(' ')[1]);
    }

    [Fact]
    public void TAO2002_unknown_key_with_a_suggestion()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: t.p
            rules:
              - id: R-1
                severty: major
                require: asset.x > 1
            """);

        Assert.Equal(["(4,5) TAO2002 unknown key 'severty' in rule 'R-1'; did you mean 'severity'?"], diagnostics);
    }

    [Fact]
    public void TAO2002_unknown_key_without_a_close_one_lists_the_keys()
    {
        var diagnostics = YamlParse.Diagnostics("package: t.p\nowner: compliance\n");

        Assert.Equal(["(2,1) TAO2002 unknown key 'owner' in the rule file (expected 'package', 'title', 'applies_to', 'jurisdiction', 'version', 'effective', 'params', 'lets', 'rules' or 'tests')"], diagnostics);
    }

    [Fact]
    public void TAO2003_missing_keys_at_the_start_of_their_mapping()
    {
        var diagnostics = YamlParse.Diagnostics("""
            title: no package
            rules:
              - severity: major
                require: asset.x > 1
            tests:
              - name: t
                given: { symbol: "X" }
                expect: [{ rule: R-1 }]
            """);

        Assert.Equal(
            [
                "(1,1) TAO2003 the rule file is missing the required key 'package'",
                "(3,5) TAO2003 the rule is missing the required key 'id'",
                "(7,12) TAO2003 the given entity is missing the required key 'kind'",
                "(8,14) TAO2003 the expectation is missing the required key 'outcome'",
            ],
            diagnostics);
    }

    [Fact]
    public void TAO2003_an_empty_file_is_missing_its_package()
    {
        Assert.Equal(["(1,1) TAO2003 the rule file is missing the required key 'package'"], YamlParse.Diagnostics(string.Empty));
        Assert.Equal(["(1,1) TAO2003 the rule file is missing the required key 'package'"], YamlParse.Diagnostics("# just a comment\n"));
    }

    [Fact]
    public void TAO2004_duplicate_key_at_the_second_occurrence_and_the_first_counts()
    {
        var tree = YamlParse.File("""
            package: t.p
            rules:
              - id: R-1
                severity: major
                require: asset.x > 1
                severity: minor
            """);

        Assert.Equal(["(6,5) TAO2004 duplicate key 'severity' in rule 'R-1'"], DiagnosticLines.Of(tree.Diagnostics));
        Assert.Equal(RuleSeverity.Major, tree.Root.Rules.Single().Severity!.Severity);
    }

    [Fact]
    public void TAO2005_wrong_value_kinds()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: t.p
            title: [a, b]
            params: 3
            rules:
              - id: R-1
                tags: custody
                when:
                require: [asset.x]
              - just a string
            tests: {}
            """);

        Assert.Equal(
            [
                "(2,8) TAO2005 'title' must be a text, not a list",
                "(3,9) TAO2005 'params' must be a mapping of name to expression, such as min_handlers: 3, not a single value",
                "(6,11) TAO2005 'tags' must be a list of texts such as [green-list, custody], not a single value",
                "(7,5) TAO2005 'when' must be an expression, not empty",
                "(8,14) TAO2005 'require' must be an expression, not a list",
                "(9,5) TAO2005 'rules' must be a list of rules (mappings with id, severity, when, require...), not a single value",
                "(10,8) TAO2005 'tests' must be a list of tests, not a mapping",
            ],
            diagnostics);
    }

    [Fact]
    public void TAO2006_anchors_and_aliases_are_rejected()
    {
        var diagnostics = YamlParse.Positions("""
            package: t.p
            params:
              a: &three 3
              b: *three
            """);

        Assert.Equal(["(3,6) TAO2006", "(4,6) TAO2006"], diagnostics);
    }

    [Fact]
    public void TAO2006_a_billion_laughs_alias_bomb_is_rejected_without_expanding()
    {
        var bomb = new StringBuilder("package: t.p\nlets:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append("  ").Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        var tree = YamlParse.File(bomb.ToString());
        Assert.Contains(tree.Diagnostics, d => d.Id == "TAO2006" && d.Location.StartPosition == new Text.LinePosition(3, 6));
        Assert.All(tree.Diagnostics, d => Assert.Contains(d.Id, new[] { "TAO2006", "TAO2005" }));
        Assert.Empty(tree.Root.Lets);
    }

    [Fact]
    public void TAO2007_invalid_values()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: jp jvcea
            effective: 2026-02-30
            rules:
              - id: jp-gl-01
                require: asset.x > 1
              - id: R-2
                severity: critical
                require: asset.x > 1
            tests:
              - name: t
                as_of: yesterday
                given: { kind: asset, symbol: "X" }
                expect:
                  - { rule: R-2, outcome: failed }
                  - { verdict: blockd }
            """);

        Assert.Equal(
            [
                "(1,10) TAO2007 'jp jvcea' is not a valid package name; expected lower-case names joined by dots, such as jp.jvcea",
                "(2,12) TAO2007 '2026-02-30' is not a valid date for 'effective'; expected a calendar date written YYYY-MM-DD",
                "(4,9) TAO2007 'jp-gl-01' is not a valid rule id; expected upper-case letters and digits joined by '-', such as JP-GL-01",
                "(7,15) TAO2007 'critical' is not a valid severity; expected blocker, major, minor or info",
                "(11,12) TAO2007 'yesterday' is not a valid date for 'as_of'; expected a calendar date written YYYY-MM-DD",
                "(14,31) TAO2007 'failed' is not a valid outcome; expected pass, fail, unknown, not_applicable, waived or error (did you mean 'fail'?)",
                "(15,20) TAO2007 'blockd' is not a valid verdict; expected blocked, at-risk, needs-evidence or ready (did you mean 'blocked'?)",
            ],
            diagnostics);
    }

    [Fact]
    public void TAO2007_names_the_dsl_could_not_spell()
    {
        var positions = YamlParse.Diagnostics("""
            package: t.p
            applies_to: Asset
            jurisdiction: J P
            params:
              and: 3
              ok_name: 4
            tests:
              - name: t
                given: { kind: asset, market-cap: 3 }
                expect: [{ rule: R-1, outcome: pass }]
            """);

        Assert.Equal(
            [
                "(2,13) TAO2007 'Asset' is not a valid entity kind; expected a name of letters, digits and '_' that starts with a lower-case letter or '_' and is not a keyword",
                "(3,15) TAO2007 'J P' is not a valid jurisdiction code; expected a jurisdiction code such as JP, EU or US-NY",
                "(5,3) TAO2007 'and' is not a valid param name; expected a name of letters, digits and '_' that starts with a lower-case letter or '_' and is not a keyword",
                "(9,27) TAO2007 'market-cap' is not a valid field name; expected a field name of letters, digits and '_'",
            ],
            positions);
    }

    [Fact]
    public void TAO2007_an_unquoted_capitalised_word_in_a_given_is_a_text_that_lost_its_quotes()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: t.p
            tests:
              - name: t
                given: { kind: asset, symbol: XMR, names: [Monero, "XMR"], asset_type: native }
                expect: [{ rule: R-1, outcome: pass }]
            """);

        Assert.Equal(
            [
                "(4,35) TAO2007 'XMR' is not a valid value of field 'symbol'; expected an expression, or a text in quotes such as \"XMR\"",
                "(4,48) TAO2007 'Monero' is not a valid value of field 'names'; expected an expression, or a text in quotes such as \"Monero\"",
            ],
            diagnostics);
    }

    [Fact]
    public void TAO2007_rule_and_verdict_in_one_expectation()
    {
        var diagnostics = YamlParse.Diagnostics("""
            package: t.p
            tests:
              - name: t
                given: { kind: asset, symbol: "X" }
                expect: [{ verdict: blocked, rule: R-1 }]
            """);

        Assert.Equal(["(5,34) TAO2007 'rule' is not a valid key next to 'verdict'; expected either 'rule' with 'outcome', or 'verdict' alone"], diagnostics);
    }

    [Fact]
    public void TAO2008_ten_thousand_nested_lists_give_a_diagnostic_not_a_stack_overflow()
    {
        var yaml = "package: t.p\nparams:\n  deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var diagnostics = YamlParse.Diagnostics(yaml);

        // The root mapping and params are two levels, so the 63rd '[' (column 71) is the 65th level.
        Assert.Equal(
            [
                "(3,9) TAO2005 'deep' must be an expression, not a list",
                "(3,71) TAO2008 the YAML nests deeper than 64 levels; rule, schema and fact files need far fewer",
            ],
            diagnostics);
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void TAO2008_a_hundred_thousand_nested_flow_collections_are_cut_short(char open, char close)
    {
        var yaml = "package: t.p\nparams:\n  deep: " + new string(open, 100_000) + new string(close, 100_000) + "\n";
        var positions = YamlParse.Positions(yaml);

        Assert.Contains("(3,71) TAO2008", positions);
    }

    [Fact]
    public void TAO2008_deep_block_mappings()
    {
        var yaml = new StringBuilder("package: t.p\nlets:\n");
        for (var level = 1; level <= 70; level++)
        {
            yaml.Append(' ', level * 2).Append("k:\n");
        }

        var positions = YamlParse.Positions(yaml.ToString());

        // The file, lets and 62 nested mappings make 64 levels; the mapping under the 63rd 'k' is one too many.
        Assert.Contains("(66,129) TAO2008", positions);
    }

    [Fact]
    public void TAO2008_not_reported_for_ordinary_nesting()
    {
        var root = YamlParse.Clean("""
            package: t.p
            tests:
              - name: t
                given:
                  - { kind: asset, symbol: "X", sections: [a, b] }
                expect: [{ rule: R-1, outcome: pass }]
            """);

        Assert.Single(root.Tests);
    }

    [Fact]
    public void Every_independent_mistake_in_a_file_is_reported()
    {
        var positions = YamlParse.Positions("""
            package: t.p
            rules:
              - id: R-1
                severity: critical
                require: asset.x > 1 USDD
              - id: R-2
                sevrity: major
                require: asset.y >=
              - title: no id
            """);

        Assert.Equal(["(4,15) TAO2007", "(5,26) TAO1005", "(7,5) TAO2002", "(8,24) TAO1001", "(9,5) TAO2003"], positions);
    }
}
