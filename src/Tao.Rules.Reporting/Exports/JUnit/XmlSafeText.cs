using System.Buffers;
using System.Text;
using System.Xml;
using Tao.Rules.Reporting.Rendering;

namespace Tao.Rules.Reporting.Exports.JUnit;

/// <summary>
/// Untrusted text made safe for XML (entity keys, explanations and rule files come from anyone): characters XML 1.0
/// cannot hold (control characters, lone surrogates) become U+FFFD, and markup characters are escaped.
/// </summary>
public static class XmlSafeText
{
    // Characters XML 1.0 cannot hold, surrogates aside (a pair is fine, a lone one is not: the loop below decides).
    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");
    private static readonly SearchValues<char> ContentSpecials = SearchValues.Create("&<>\r");

    /// <summary>The text with every character XML cannot hold replaced by U+FFFD; nothing else changes.</summary>
    public static string Clean(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny(Suspect);
        var surrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 && surrogate < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        for (var i = Math.Min(first < 0 ? int.MaxValue : first, surrogate < 0 ? int.MaxValue : surrogate); i < text.Length; i++)
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
    public static void AppendAttribute(StringBuilder xml, string text) => CharacterEscaper.Append(xml, Clean(text), AttributeSpecials, AttributeReplacement);

    /// <summary>Appends <paramref name="text"/> as element content: cleaned, <c>&amp; &lt; &gt;</c> escaped, carriage returns as references.</summary>
    public static void AppendContent(StringBuilder xml, string text) => CharacterEscaper.Append(xml, Clean(text), ContentSpecials, AttributeReplacement);

    // Content escapes a subset of what attribute values do, with the same references.
    private static string AttributeReplacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\t' => "&#x9;",
        '\n' => "&#xA;",
        _ => "&#xD;",
    };
}
