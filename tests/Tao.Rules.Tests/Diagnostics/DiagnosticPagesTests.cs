using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Tests.Diagnostics;

public sealed class DiagnosticPagesTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_page_with_meaning_example_and_fix(string id)
    {
        var page = Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"missing page {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
        Assert.Contains("## Example", text, StringComparison.Ordinal);
        Assert.Contains("## How to fix", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_and_in_their_category_range()
    {
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Matches(new Regex("^TAO[1-8][0-9]{3}$"), descriptor.Id);
            var expectedDigit = descriptor.Category switch
            {
                DiagnosticCategory.Syntax => '1',
                DiagnosticCategory.Yaml => '2',
                DiagnosticCategory.Binding => '3',
                DiagnosticCategory.Facts => '6',
                DiagnosticCategory.RuleTests => '7',
                DiagnosticCategory.Reports => '8',
                _ => '4',
            };
            Assert.Equal(expectedDigit, descriptor.Id[3]);
        }
    }

    [Fact]
    public void No_page_describes_an_id_the_catalog_lacks()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "docs", "diagnostics");
        var pages = Directory.GetFiles(folder, "TAO*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, id => Assert.NotNull(DiagnosticCatalog.Find(id!)));
    }
}
