using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Tests;

namespace Tao.Rules.Reporting.Tests;

/// <summary>The examples on the TAO8001–TAO8005 pages give exactly the diagnostic shown, and their fixes give none.</summary>
public sealed class DiagnosticPageTests
{
    private const string TemplateName = "listing-readiness.md.sbn";

    /// <summary>The fenced blocks of a page whose info string is <paramref name="fence"/>, in order.</summary>
    public static string[] Blocks(string id, string fence)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new List<string>();
        string? language = null;
        var current = new List<string>();
        foreach (var line in page.Split('\n'))
        {
            if (language is null && line.StartsWith("```", StringComparison.Ordinal))
            {
                language = line[3..];
                current.Clear();
            }
            else if (language is not null && line == "```")
            {
                if (language == fence)
                {
                    blocks.Add(string.Join("\n", current) + "\n");
                }

                language = null;
            }
            else if (language is not null)
            {
                current.Add(line);
            }
        }

        return blocks.ToArray();
    }

    [Theory]
    [InlineData("TAO8001")]
    [InlineData("TAO8002")]
    [InlineData("TAO8003")]
    [InlineData("TAO8004")]
    [InlineData("TAO8005")]
    public void Template_page_example_and_fix(string id)
    {
        using var templates = new TemplateScratch();
        templates.With("footer.md.sbn", "footer\n");
        var globals = ReportComposer.Globals(SampleRun.Report(), SampleRun.Report().Packs[0]);
        var examples = Blocks(id, "scriban");
        Assert.Equal(2, examples.Length);

        templates.With(TemplateName, examples[0]);
        var exception = Assert.Throws<ReportTemplateException>(() => new ReportRenderer(templates.Folder).Render(TemplateName, globals));
        Assert.Equal(Blocks(id, "text")[0].TrimEnd('\n'), exception.Diagnostic.ToString());

        templates.With(TemplateName, examples[1]);
        Assert.StartsWith("# ", new ReportRenderer(templates.Folder).Render(TemplateName, globals), StringComparison.Ordinal);
    }
}
