using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Yaml;

public sealed class YamlRuleParserTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Yaml", "Samples", name));

    [Fact]
    public void The_design_example_gives_the_same_tree_in_yaml_as_in_the_dsl()
    {
        var dsl = RuleParser.ParseFile(SourceText.From(Sample("jvcea.rules"), "jvcea.rules"));
        var yaml = YamlRuleParser.Parse(SourceText.From(Sample("jvcea.rules.yaml"), "jvcea.rules.yaml"));

        Assert.Empty(dsl.Diagnostics);
        Assert.Empty(yaml.Diagnostics);
        Assert.Equal(SourceLanguage.Yaml, yaml.Language);
        Assert.Equal(SyntaxPrinter.Print(dsl.Root), SyntaxPrinter.Print(yaml.Root));
    }

    [Fact]
    public void Spans_of_yaml_nodes_point_into_the_yaml_file()
    {
        var yaml = YamlRuleParser.Parse(SourceText.From(Sample("jvcea.rules.yaml"), "jvcea.rules.yaml"));

        var rule = yaml.Root.Rules.First();
        Assert.Equal(new LinePosition(17, 9), rule.Id.Span.GetLocation().StartPosition);
        var require = rule.Require!.Condition;
        Assert.Equal(new LinePosition(22, 14), require.Span.GetLocation().StartPosition);
        Assert.Equal("jvcea.rules.yaml", require.Span.GetLocation().Path);
        var min = Assert.IsType<BinaryExpressionSyntax>(require).Right;
        Assert.Equal(new LinePosition(22, 46), min.Span.GetLocation().StartPosition);
    }

    [Fact]
    public void Every_yaml_key_gives_the_same_tree_as_its_dsl_twin()
    {
        const string dsl = """
            package bt.subnets
              title "Subnet checks"
              applies to subnet
              jurisdiction US-NY
              version "1"
              effective 2026-01-01 until 2027-01-01

            let share = subnet.ema_tao_flow / sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO/block)

            param floor = 0.5 TAO/block
            param kinds = ["root", "app"]

            rule SN-01 "Positive flow"
              severity minor
              cite "Internal policy 7"
              tags ["flow", "emission"]
              effective 2026-02-01 until 2026-06-30
              when subnet.netuid in [1, 2] and not subnet.miner_burned
              require subnet.ema_tao_flow >= floor
              because "{subnet.name} has {subnet.ema_tao_flow}; {{braces}} stay"
              remedy "Raise the flow of {subnet.name}"

            rule SN-02
              require any(subnet.tags, t => t == "x")

            test "two subnets"
              given subnet { netuid: 1, name: "alpha", ema_tao_flow: 1 TAO/block, tags: ["a", "b"], since: 2025-12-01 }
              given subnet { netuid: 2, name: "beta", ema_tao_flow: 0.1 TAO/block }
              as of 2026-01-09
              expect SN-01 pass for "1"
              expect SN-01 fail for "2"
              expect verdict ready for "1"
            """;
        const string yaml = """
            package: bt.subnets
            title: Subnet checks
            applies_to: subnet
            jurisdiction: US-NY
            version: 1
            effective: { from: 2026-01-01, until: 2027-01-01 }
            lets:
              share: subnet.ema_tao_flow / sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO/block)
            params:
              floor: 0.5 TAO/block
              kinds: '["root", "app"]'
            rules:
              - id: SN-01
                title: Positive flow
                severity: minor
                cite: Internal policy 7
                tags: [flow, emission]
                effective:
                  from: 2026-02-01
                  until: 2026-06-30
                when: subnet.netuid in [1, 2] and not subnet.miner_burned
                require: subnet.ema_tao_flow >= floor
                because: "{subnet.name} has {subnet.ema_tao_flow}; {{braces}} stay"
                remedy: |-
                  Raise the flow of {subnet.name}
              - id: SN-02
                require: 'any(subnet.tags, t => t == "x")'
            tests:
              - name: two subnets
                as_of: 2026-01-09
                given:
                  - { kind: subnet, netuid: 1, name: "alpha", ema_tao_flow: 1 TAO/block, tags: ["a", "b"], since: 2025-12-01 }
                  - kind: subnet
                    netuid: 2
                    name: 'beta'
                    ema_tao_flow: 0.1 TAO/block
                expect:
                  - { rule: SN-01, outcome: pass, for: "1" }
                  - { rule: SN-01, outcome: fail, for: 2 }
                  - { verdict: ready, for: 1 }
            """;

        var fromDsl = RuleParser.ParseFile(SourceText.From(dsl, "t.rules"));
        var fromYaml = YamlParse.File(yaml);

        Assert.Empty(fromDsl.Diagnostics);
        Assert.Empty(fromYaml.Diagnostics);
        Assert.Equal(SyntaxPrinter.Print(fromDsl.Root), SyntaxPrinter.Print(fromYaml.Root));
    }

    [Fact]
    public void Members_keep_the_order_the_yaml_writes_them_in()
    {
        var root = YamlParse.Clean("""
            package: t.p
            rules:
              - id: R-1
                require: x
            params:
              x: true
            """);

        Assert.IsType<RuleDeclarationSyntax>(root.Members[0]);
        Assert.IsType<ParamDeclarationSyntax>(root.Members[1]);
    }

    [Fact]
    public void Rule_clauses_keep_the_order_written()
    {
        var root = YamlParse.Clean("""
            package: t.p
            rules:
              - require: asset.x
                id: R-1
                when: asset.y
                severity: info
            """);

        Assert.Equal(["require", "when", "severity"], root.Rules.Single().Clauses.Select(c => c.Keyword));
    }

    [Fact]
    public void Parsing_never_throws_on_odd_input()
    {
        string[] inputs =
        [
            "[", "]", "{", ":", "- - -", "? [a]\n: b", "package: [", "package: t.p\nrules: 3", "!!binary abc", "%YAML 1.2\n---\na: 1",
            "package: t.p\nrules:\n  - id: R-1\n    require: \"\\x\"", "\t", "---\n...\n", "package: t.p\ntests: [[[]]]",
        ];
        foreach (var input in inputs)
        {
            var tree = YamlParse.File(input);
            Assert.NotNull(tree.Root);
            Assert.True(tree.HasErrors, "no diagnostic for " + input);
        }
    }

    [Fact]
    public void A_thousand_rule_pack_parses_clean_and_in_linear_time()
    {
        var yaml = new System.Text.StringBuilder("package: big.pack\nrules:\n");
        for (var i = 0; i < 1000; i++)
        {
            yaml.Append("  - id: R-").Append(i).Append('\n')
                .Append("    severity: major\n")
                .Append("    when: asset.asset_type != \"security\"\n")
                .Append("    require: >\n      asset.market_cap >= ").Append(i).Append(" USD and\n      asset.domestic_handler_count >= 3\n")
                .Append("    because: \"{asset.name} fails rule ").Append(i).Append("\"\n");
        }
        var tree = YamlParse.File(yaml.ToString());

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(1000, tree.Root.Rules.Count());
    }
}
