using System.Buffers;
using System.Text;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// The one loop behind the HTML, Markdown and XML escaping: every character of a set is replaced, and the runs of text
/// between them are copied whole. Text with none of them is returned as it is, without a copy.
/// </summary>
internal static class CharacterEscaper
{
    public static string Escape(string text, SearchValues<char> specials, Func<char, string> replacement) =>
        text.AsSpan().IndexOfAny(specials) < 0
            ? text
            : Append(new StringBuilder(text.Length + 16), text, specials, replacement).ToString();

    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> text, SearchValues<char> specials, Func<char, string> replacement)
    {
        for (var next = text.IndexOfAny(specials); next >= 0; next = text.IndexOfAny(specials))
        {
            builder.Append(text[..next]).Append(replacement(text[next]));
            text = text[(next + 1)..];
        }

        return builder.Append(text);
    }
}
