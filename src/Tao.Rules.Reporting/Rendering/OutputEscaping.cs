using System.Buffers;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// How a template's expression output is escaped: every value a template prints goes through this, so data (an asset
/// named <c>&lt;script&gt;</c>) can never become markup. The template's own text is not touched.
/// </summary>
public enum OutputEscaping
{
    /// <summary>Printed as is (plain-text templates).</summary>
    None,

    /// <summary><c>&amp; &lt; &gt; " '</c> become character references: safe in element content and quoted attributes.</summary>
    Html,

    /// <summary>
    /// Markdown punctuation that could make links, code, emphasis or table cells (<c>\ ` * [ ] |</c>) is backslash-escaped,
    /// <c>&amp; &lt; &gt;</c> become character references (no raw HTML), and line breaks become spaces (a value stays
    /// inside its table cell or list item). Underscores are left alone: inside words they never emphasise, and fact
    /// names are full of them.
    /// </summary>
    Markdown,
}

/// <summary>The escaping of each <see cref="OutputEscaping"/>.</summary>
public static class OutputEscaper
{
    private static readonly SearchValues<char> HtmlSpecials = SearchValues.Create("&<>\"'");
    private static readonly SearchValues<char> MarkdownSpecials = SearchValues.Create("\\`*[]|&<>\r\n");

    /// <summary>The escaping a template gets from its name: <c>*.html.sbn</c> HTML, <c>*.md.sbn</c> Markdown, else none.</summary>
    public static OutputEscaping ForTemplate(string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) ? templateName[..^4] : templateName;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".svg" or ".xml" => OutputEscaping.Html,
            ".md" or ".markdown" => OutputEscaping.Markdown,
            _ => OutputEscaping.None,
        };
    }

    public static string Escape(string text, OutputEscaping escaping) => escaping switch
    {
        OutputEscaping.Html => Html(text),
        OutputEscaping.Markdown => Markdown(text),
        _ => text,
    };

    public static string Html(string text) => CharacterEscaper.Escape(text, HtmlSpecials, HtmlEntity);

    public static string Markdown(string text)
    {
        // A CRLF line break is one break: it becomes one space, as a lone CR or LF does.
        var lines = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
        return CharacterEscaper.Escape(lines, MarkdownSpecials, MarkdownReplacement);
    }

    private static string HtmlEntity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };

    private static string MarkdownReplacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '\r' or '\n' => " ",
        _ => "\\" + c,
    };
}
