using System.Globalization;
using System.Text;
using Tao.Rules.Syntax.Formatting;

namespace Tao.Rules.Tests.Formatting;

/// <summary>A pack of a thousand rules, each with comments, formats in one pass and stays put.</summary>
public sealed class LargeFileFormattingTests
{
    [Fact]
    public void A_thousand_commented_rules_format_idempotently_without_quadratic_cost()
    {
        var source = new StringBuilder("package bench.large\n  applies to asset\n");
        for (var i = 0; i < 1000; i++)
        {
            var id = i.ToString("D4", CultureInfo.InvariantCulture);
            source.Append("# rule ").Append(id).Append('\n')
                .Append("rule GEN-").Append(id).Append(" \"Rule ").Append(id).Append("\"   # header\n")
                .Append("  require asset.count>=").Append(id).Append(" and asset.kind in [\"a\",\"b\"]  # why\n")
                .Append("  severity major\n");
        }

        var tree = FormattingHarness.Parse(source.ToString());
        var formatted = RuleFormatter.Format(tree);

        Assert.Equal(3000, FormattingHarness.CommentTexts(FormattingHarness.Parse(formatted)).Count);
        Assert.Equal(formatted, FormattingHarness.Format(formatted));
        Assert.Contains("rule GEN-0999 \"Rule 0999\"  # header\n  severity major\n  require asset.count >= 0999 and asset.kind in [\"a\", \"b\"]  # why\n", formatted, StringComparison.Ordinal);
    }
}
