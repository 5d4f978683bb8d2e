namespace Tao.Rules.Tests.Yaml;

/// <summary>Diagnostics inside expressions in YAML land on their true line and column, whatever the scalar style.</summary>
public sealed class YamlExpressionPositionTests
{
    private static string Rule(string requireLines) => YamlParse.Header + "rules:\n  - id: R-1\n" + requireLines;

    [Fact]
    public void Plain_scalar_unknown_unit()
    {
        var diagnostics = YamlParse.Diagnostics(Rule("    require: asset.market_cap >= 3 USDD\n"));

        Assert.Equal(["(4,36) TAO1005 unknown unit 'USDD'; did you mean 'USD'?"], diagnostics);
    }

    [Fact]
    public void A_tagged_scalar_maps_from_after_its_tag()
    {
        var diagnostics = YamlParse.Diagnostics(Rule("    require: !!str asset.market_cap >= 3 USDD\n"));

        Assert.Equal(["(4,42) TAO1005 unknown unit 'USDD'; did you mean 'USD'?"], diagnostics);
    }

    [Fact]
    public void Plain_scalar_syntax_error_at_the_end()
    {
        var positions = YamlParse.Positions(Rule("    require: asset.x >=\n"));

        Assert.Equal(["(4,24) TAO1001"], positions);
    }

    [Fact]
    public void Plain_scalar_on_two_lines_reports_on_the_second()
    {
        var diagnostics = YamlParse.Positions(Rule("    require: asset.x >= 3 and\n      asset.y >= 2 blok\n"));

        Assert.Equal(["(5,20) TAO1005"], diagnostics);
    }

    [Fact]
    public void Single_quoted_scalar_with_a_doubled_quote_before_the_error()
    {
        var diagnostics = YamlParse.Positions(Rule("    require: 'asset.name != \"it''s\" and asset.x > 3 blok'\n"));

        // The value is asset.name != "it's" and asset.x > 3 blok: 'blok' is its 38th character, and the 53rd column
        // of the line, after the indentation, the key, the opening quote and the doubled quote.
        Assert.Equal(["(4,53) TAO1005"], diagnostics);
    }

    [Fact]
    public void Double_quoted_scalar_with_escapes_before_the_error()
    {
        var diagnostics = YamlParse.Positions(Rule("    require: \"asset.name != \\\"a\\u0062\\\" and asset.x > 3 blok\"\n"));

        // The line is: require: "asset.name != \"a\u0062\" and asset.x > 3 blok" : the escapes put
        // "blok" 7 columns further right than in the value.
        Assert.Equal(["(4,57) TAO1005"], diagnostics);
    }

    [Fact]
    public void Folded_scalar_error_on_its_second_line()
    {
        var yaml = Rule("    require: >\n      asset.x >= 3 and\n      asset.y >= 2 blok\n    severity: major\n");

        Assert.Equal(["(6,20) TAO1005 unknown unit 'blok'; did you mean 'block'?"], YamlParse.Diagnostics(yaml));
    }

    [Fact]
    public void Folded_scalar_syntax_error_on_its_second_line()
    {
        var yaml = Rule("    require: >\n      asset.x >= 3 and\n      asset.y >= >= 2\n");

        Assert.Equal(["(6,18) TAO1001"], YamlParse.Positions(yaml));
    }

    [Fact]
    public void Literal_scalar_error_on_its_third_line()
    {
        var yaml = Rule("    require: |\n      asset.x >= 3\n        and asset.y >= 2\n        and asset.z < 4 blok\n");

        Assert.Equal(["(7,25) TAO1005"], YamlParse.Positions(yaml));
    }

    [Fact]
    public void Because_hole_error_on_the_second_line_of_a_folded_text()
    {
        var yaml = Rule("    require: asset.x\n    because: >\n      {asset.name} is handled by\n      {asset.count >=} exchanges\n");

        Assert.Equal(["(7,22) TAO1013"], YamlParse.Positions(yaml));
    }

    [Fact]
    public void Param_let_and_given_values_report_at_their_place()
    {
        var yaml = YamlParse.Header + """
            params:
              min_cap: 5 USDD
            lets:
              ok: asset.x >=
            rules:
              - id: R-1
                require: asset.x
            tests:
              - name: t
                given: { kind: asset, cap: 7 blok }
                expect: [{ rule: R-1, outcome: pass }]
            """;

        Assert.Equal(["(3,14) TAO1005", "(5,17) TAO1001", "(11,34) TAO1005"], YamlParse.Positions(yaml));
    }

    [Fact]
    public void A_clean_expression_in_every_style_has_no_diagnostics()
    {
        var yaml = YamlParse.Header + """
            rules:
              - id: R-1
                when: 'asset.name != "it''s"'
                require: >
                  asset.x >= 3 block and
                  asset.y <= 2 TAO/block
                because: "{asset.name}\tis fine"
                remedy: |
                  Fix {asset.name}
            """;

        var root = YamlParse.Clean(yaml);
        Assert.Single(root.Rules);
    }
}
