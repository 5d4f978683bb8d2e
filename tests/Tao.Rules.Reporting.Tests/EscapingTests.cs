using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Reporting.Tests.Infrastructure;

namespace Tao.Rules.Reporting.Tests;

/// <summary>Every value a template prints is escaped for the page's format, so data never becomes markup.</summary>
public sealed class EscapingTests : IDisposable
{
    private readonly TemplateScratch _templates = new();

    public void Dispose() => _templates.Dispose();

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("a & b's", "a &amp; b&#39;s")]
    [InlineData("plain text", "plain text")]
    public void Html_escaping(string value, string expected) => Assert.Equal(expected, OutputEscaper.Html(value));

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("line\nbreak\r\nand more", "line break and more")]
    [InlineData("old\rmac\r\n\r\nends", "old mac  ends")]
    [InlineData("a \\ b", "a \\\\ b")]
    [InlineData("`code` *bold*", "\\`code\\` \\*bold\\*")]
    [InlineData("market_cap & co", "market_cap &amp; co")]
    public void Markdown_escaping(string value, string expected) => Assert.Equal(expected, OutputEscaper.Markdown(value));

    [Theory]
    [InlineData("listing-readiness.html.sbn", OutputEscaping.Html)]
    [InlineData("index.html.sbn", OutputEscaping.Html)]
    [InlineData("listing-readiness.md.sbn", OutputEscaping.Markdown)]
    [InlineData("notes.txt.sbn", OutputEscaping.None)]
    public void The_escaping_follows_the_template_name(string name, OutputEscaping expected) => Assert.Equal(expected, OutputEscaper.ForTemplate(name));

    [Fact]
    public void Values_are_escaped_and_template_text_is_not()
    {
        _templates.With("t.html.sbn", "<p title=\"{{ value }}\">{{ value }}</p>").With("t.md.sbn", "| {{ value }} |");
        var renderer = new ReportRenderer(_templates.Folder);
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["value"] = "<script>alert(1)</script> | \"x\"" };
        Assert.Equal("<p title=\"&lt;script&gt;alert(1)&lt;/script&gt; | &quot;x&quot;\">&lt;script&gt;alert(1)&lt;/script&gt; | &quot;x&quot;</p>", renderer.Render("t.html.sbn", globals));
        Assert.Equal("| &lt;script&gt;alert(1)&lt;/script&gt; \\| \"x\" |", renderer.Render("t.md.sbn", globals));
    }
}
