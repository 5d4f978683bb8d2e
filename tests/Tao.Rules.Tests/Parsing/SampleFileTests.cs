using Tao.Rules.Syntax;

namespace Tao.Rules.Tests.Parsing;

public sealed class SampleFileTests
{
    private static string Sample(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "Samples", name));

    [Fact]
    public void The_design_example_parses_without_diagnostics()
    {
        var root = ParseAssert.Clean(Sample("jvcea.rules"));

        Assert.Equal("jp.jvcea", root.Package!.Name.Name);
        Assert.Equal(5, root.Package.Clauses.Count);
        Assert.Equal(2, root.Params.Count());
        Assert.Single(root.Lets);
        Assert.Equal(2, root.Rules.Count());
        Assert.Single(root.Tests);
        Assert.Single(root.Comments);
        Assert.Equal("# overridable: --param jp.jvcea.min_handlers=4", root.Comments[0].Text);
    }

    [Fact]
    public void The_design_example_has_the_expected_tree()
    {
        var root = ParseAssert.Clean(Sample("jvcea.rules"));
        Infrastructure.Golden.Verify("jvcea.tree", SyntaxPrinter.Print(root));
    }
}
