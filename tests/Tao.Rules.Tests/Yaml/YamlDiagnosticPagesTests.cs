using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Yaml;

/// <summary>The example on each YAML and schema diagnostic page gives exactly the line the page shows, and its fix is clean.</summary>
public sealed class YamlDiagnosticPagesTests
{
    private static readonly Regex YamlBlock = new("```yaml\n(.*?)```", RegexOptions.Singleline);
    private static readonly Regex TextBlock = new("```text\n(.*?)\n```", RegexOptions.Singleline);

    [Theory]
    [InlineData("TAO2001")]
    [InlineData("TAO2002")]
    [InlineData("TAO2003")]
    [InlineData("TAO2004")]
    [InlineData("TAO2005")]
    [InlineData("TAO2006")]
    [InlineData("TAO2007")]
    [InlineData("TAO3010")]
    public void The_page_example_gives_the_diagnostic_shown_and_the_fix_is_clean(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var snippets = YamlBlock.Matches(page).Select(m => m.Groups[1].Value).ToList();
        var expected = TextBlock.Match(page).Groups[1].Value;
        var path = expected.Substring(0, expected.IndexOf('(', StringComparison.Ordinal));

        Assert.Equal(2, snippets.Count);
        Assert.Contains($"error {id}:", expected, StringComparison.Ordinal);
        Assert.Contains(expected, Check(snippets[0], path).Select(d => d.ToString()));
        Assert.Empty(Check(snippets[1], path));
    }

    [Fact]
    public void The_example_of_the_yaml_guide_parses_clean()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "yaml.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = YamlBlock.Match(page).Groups[1].Value;

        var tree = YamlRuleParser.Parse(SourceText.From(example, "jvcea.rules.yaml"));

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(2, tree.Root.Rules.Count());
        Assert.Equal(2, tree.Root.Tests.Single().Expectations.Count);
    }

    private static IReadOnlyList<Diagnostic> Check(string yaml, string path)
    {
        var text = SourceText.From(yaml, path);
        if (path.EndsWith(".schema.yaml", StringComparison.Ordinal))
        {
            var diagnostics = new DiagnosticBag();
            SchemaLoader.Load(text, diagnostics);
            return diagnostics.ToSortedList();
        }

        return YamlRuleParser.Parse(text).Diagnostics;
    }
}
