using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Reporting.Tests.Infrastructure;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Reporting.Tests;

/// <summary>The examples on the TAO8001–TAO8005 pages give exactly the diagnostic shown, and their fixes give none.</summary>
public sealed class DiagnosticPageTests
{
    private const string TemplateName = "listing-readiness.md.sbn";

    /// <summary>The fenced blocks of the page of <paramref name="id"/> whose info string is <paramref name="fence"/>.</summary>
    public static string[] Blocks(string id, string fence) => DiagnosticPages.Blocks(DiagnosticPages.Page(id), fence);

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
