using Tao.Rules.Syntax.Formatting;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Tests.Formatting;

/// <summary>Golden files of <c>fmt</c> over whole rule files (inputs in Formatting/Inputs).</summary>
public sealed class GoldenFormattingTests
{
    [Theory]
    [InlineData("jvcea-messy")]
    [InlineData("every-construct")]
    public void Formats_file_as_approved_keeping_meaning_and_comments(string name)
    {
        var source = FormattingHarness.ReadInput(name + ".rules");
        var tree = FormattingHarness.Parse(source, name + ".rules");

        var formatted = RuleFormatter.Format(tree);

        Golden.Verify("fmt-" + name, formatted);
        var reparsed = FormattingHarness.Parse(formatted, name + ".rules");
        Assert.Equal(TreeShape.Of(tree.Root), TreeShape.Of(reparsed.Root));
        Assert.Equal(
            FormattingHarness.CommentTexts(tree).OrderBy(c => c, StringComparer.Ordinal),
            FormattingHarness.CommentTexts(reparsed).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(formatted, RuleFormatter.Format(reparsed));
    }
}
