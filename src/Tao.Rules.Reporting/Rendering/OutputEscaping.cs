using System.Buffers;
using System.Text;

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

    public static string Html(string text)
    {
        var first = text.AsSpan().IndexOfAny(HtmlSpecials);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    public static string Markdown(string text)
    {
        var first = text.AsSpan().IndexOfAny(MarkdownSpecials);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '[' or ']' or '|':
                    builder.Append('\\').Append(c);
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
