using System.Text;
using System.Xml;

namespace Tao.Rules.Reporting.Exports.JUnit;

/// <summary>
/// Untrusted text made safe for XML (entity keys, explanations and rule files come from anyone): characters XML 1.0
/// cannot hold (control characters, lone surrogates) become U+FFFD, and markup characters are escaped.
/// </summary>
public static class XmlSafeText
{
    /// <summary>The text with every character XML cannot hold replaced by U+FFFD; nothing else changes.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
                if (pair)
                {
                    builder?.Append(text[++i]);
                }

                continue;
            }

            builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            builder.Append('\uFFFD');
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Appends <paramref name="text"/> as an attribute value (without the quotes): cleaned, with <c>&amp; &lt; &gt; "</c>
    /// escaped and tab, line feed and carriage return as character references, so a parser gives them back unchanged.
    /// </summary>
    public static void AppendAttribute(StringBuilder xml, string text)
    {
        foreach (var c in Clean(text))
        {
            switch (c)
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '"': xml.Append("&quot;"); break;
                case '\t': xml.Append("&#x9;"); break;
                case '\n': xml.Append("&#xA;"); break;
                case '\r': xml.Append("&#xD;"); break;
                default: xml.Append(c); break;
            }
        }
    }

    /// <summary>Appends <paramref name="text"/> as element content: cleaned, <c>&amp; &lt; &gt;</c> escaped, carriage returns as references.</summary>
    public static void AppendContent(StringBuilder xml, string text)
    {
        foreach (var c in Clean(text))
        {
            switch (c)
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '\r': xml.Append("&#xD;"); break;
                default: xml.Append(c); break;
            }
        }
    }
}
