using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;

namespace Tao.Rules.Tests.Functions;

/// <summary>The pages of TAO3017 and TAO3018 quote what loading their C# example (<see cref="Listing.ListingFunctions"/>, <see cref="Listing.LotFunctions"/>) gives.</summary>
public sealed class RuleFunctionPageTests
{
    private static readonly Regex Text = new("```text\\n(?<body>.*?)```", RegexOptions.Singleline);

    [Theory]
    [InlineData("TAO3017", typeof(Listing.ListingFunctions))]
    [InlineData("TAO3018", typeof(Listing.LotFunctions))]
    public void The_page_quotes_what_loading_the_example_gives(string id, Type example)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n");
        var quoted = Text.Match(page).Groups["body"].Value.TrimEnd('\n');

        var diagnostics = new DiagnosticBag();
        RuleFunctionCatalog.Create(RuleFunctionReader.ReadType(example, "Listing.dll", diagnostics), diagnostics);

        Assert.Equal(quoted, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }
}
