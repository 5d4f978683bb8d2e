using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Tests.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Syntax;

public sealed class SyntaxTraversalTests
{
    [Theory]
    [InlineData("kitchen-sink.rules")]
    [InlineData("jvcea.rules")]
    public void Descendants_are_exactly_the_nodes_a_reflective_walk_finds(string sample)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Tao.Rules.Tests", "Parsing", "Samples", sample);
        var tree = RuleParser.ParseFile(SourceText.From(File.ReadAllText(path), sample));
        Assert.Empty(tree.Diagnostics);

        var expected = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        SyntaxWalk.Visit(tree.Root, (node, _) => expected.Add(node));
        var actual = tree.Root.DescendantNodesAndSelf().ToList();

        Assert.Equal(actual.Count, actual.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.True(expected.SetEquals(actual), $"missing: {string.Join(", ", expected.Except(actual).Select(n => n.GetType().Name).Distinct())}");
    }

    [Fact]
    public void Descendants_come_in_source_order()
    {
        var tree = RuleParser.ParseFile(SourceText.From("package a.b\n  applies to asset\nlet x = (1 + 2) * f(3, [4, 5])\n", "order.rules"));

        var numbers = tree.Root.DescendantNodesAndSelf().OfType<NumberLiteralSyntax>().Select(n => n.Text);

        Assert.Equal(["1", "2", "3", "4", "5"], numbers);
    }

    [Fact]
    public void A_hundred_thousand_term_chain_is_walked_without_deep_recursion()
    {
        var source = "package a.b\nlet x = 1" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + "\n";
        var tree = RuleParser.ParseFile(SourceText.From(source, "chain.rules"));

        Assert.Equal(100_001, tree.Root.DescendantNodesAndSelf().OfType<NumberLiteralSyntax>().Count());
    }
}
