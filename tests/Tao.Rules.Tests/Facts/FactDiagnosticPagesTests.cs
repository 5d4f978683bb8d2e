using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Facts;

/// <summary>The examples on the TAO6xxx pages are real: each gives exactly the diagnostics the page shows, and each fix gives none.</summary>
public sealed partial class FactDiagnosticPagesTests
{
    public static TheoryData<string> FactIds()
    {
        var data = new TheoryData<string>();
        // TAO6013 is reported when a pack is evaluated, not when facts are read: Evaluation/EvaluationDiagnosticPagesTests checks its page.
        foreach (var descriptor in DiagnosticCatalog.All.Where(d => d.Category == DiagnosticCategory.Facts && d != DiagnosticCatalog.NoEvaluationDate))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FactIds))]
    public void The_example_gives_the_diagnostics_shown_and_the_fix_gives_none(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = Section(page, "## Example", "## How to fix");
        var fix = Section(page, "## How to fix", null);

        var expected = TextBlock().Match(example).Groups[1].Value.TrimEnd('\n').Split('\n');
        var input = FileBlock().Match(example) is { Success: true } file
            ? (file.Groups[1].Value, file.Groups[2].Value)
            : Generated(id);
        var actual = Load(input.Item1, input.Item2);
        var elided = Array.IndexOf(expected, "...");
        if (elided >= 0)
        {
            // "..." on a page stands for lines left out of a long listing: the lines around it must match.
            var tail = expected.Length - elided - 1;
            Assert.Equal(expected[..elided], actual[..elided]);
            Assert.Equal(expected[^tail..], actual[^tail..]);
        }
        else
        {
            Assert.Equal(expected, actual);
        }

        var fixedFile = FileBlock().Match(fix);
        Assert.True(fixedFile.Success, "the fix shows a file");
        Assert.Empty(Load(fixedFile.Groups[1].Value, fixedFile.Groups[2].Value));
    }

    private static string[] Load(string path, string content)
    {
        var bag = new DiagnosticBag();
        var text = SourceText.From(content, path);
        if (path.StartsWith("waivers", StringComparison.Ordinal))
        {
            WaiverFileReader.Read(text, bag);
        }
        else
        {
            FactFileReader.Read(text, TestSchemas.ShippedAsset, bag);
        }

        return FactLoad.Render(bag);
    }

    /// <summary>The inputs too large to print on their pages, as the pages describe them.</summary>
    private static (string Path, string Content) Generated(string id) => id switch
    {
        "TAO6010" => ("assets.jsonl", "{\"symbol\": \"TAO\", \"name\": \"" + new string('x', 1_100_000) + "\"}\n{\"symbol\": \"BTC\"}\n"),
        "TAO6012" => ("assets.csv", "symbol,market_cap\n" + string.Concat(Enumerable.Range(0, 1002).Select(i => $"S{i},unknown\n"))),
        _ => throw new InvalidOperationException($"{id}.md has no example file"),
    };

    private static string Section(string page, string start, string? end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "missing " + start);
        var to = end is null ? page.Length : page.IndexOf(end, from, StringComparison.Ordinal);
        return page.Substring(from, to - from);
    }

    [GeneratedRegex("File `([^`]+)`:\n\n```[a-z]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FileBlock();

    [GeneratedRegex("```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
