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
}
