using System.Text.RegularExpressions;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>The example on each syntax diagnostic's page gives exactly the diagnostic line the page shows, and its fix gives none.</summary>
public sealed class DiagnosticPageExampleTests
{
    private static readonly Regex Fence = new("```(?<lang>rules|text)\\n(?<body>.*?)```", RegexOptions.Singleline);

    [Theory]
    [InlineData("TAO1001")]
    [InlineData("TAO1002")]
    [InlineData("TAO1003")]
    [InlineData("TAO1004")]
    [InlineData("TAO1005")]
    [InlineData("TAO1006")]
    [InlineData("TAO1007")]
    [InlineData("TAO1008")]
    [InlineData("TAO1012")]
    [InlineData("TAO1013")]
    public void The_page_example_reports_what_the_page_says(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n");
        var blocks = Fence.Matches(page).Cast<Match>().Select(m => (Lang: m.Groups["lang"].Value, Body: m.Groups["body"].Value)).ToList();
        Assert.Equal(["rules", "text", "rules"], blocks.Select(b => b.Lang));

        var example = RuleParser.ParseFile(SourceText.From(blocks[0].Body, "rules/example.rules"));
        Assert.Equal(blocks[1].Body.TrimEnd('\n').Split('\n'), example.Diagnostics.Select(d => d.ToString()));
        Assert.All(example.Diagnostics, d => Assert.Equal(id, d.Id));

        var fixedExample = RuleParser.ParseFile(SourceText.From(blocks[2].Body, "rules/fixed.rules"));
        Assert.Empty(fixedExample.Diagnostics);
    }
}
