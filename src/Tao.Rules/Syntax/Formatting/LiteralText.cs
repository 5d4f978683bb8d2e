using System.Globalization;
using System.Text;

namespace Tao.Rules.Syntax.Formatting;

/// <summary>The canonical spelling of literals: quoted strings, numbers as written, ISO dates.</summary>
internal static class LiteralText
{
    /// <summary>A string literal with its quotes, re-escaped so that parsing it gives <paramref name="value"/> back.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, value, doubleBraces: false);
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="value"/> escaped for the inside of a string literal; inside an interpolated string the
    /// braces are doubled so that they stay literal text.
    /// </summary>
    public static void AppendEscaped(StringBuilder builder, string value, bool doubleBraces)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '{' when doubleBraces:
                    builder.Append("{{");
                    break;
                case '}' when doubleBraces:
                    builder.Append("}}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }

    /// <summary>
    /// A number as the author wrote it (keeping <c>_</c> grouping). A hand-built literal without text gets the shortest
    /// invariant spelling that reads back to the same value.
    /// </summary>
    public static string Number(NumberLiteralSyntax number)
    {
        if (!string.IsNullOrEmpty(number.Text))
        {
            return number.Text;
        }

        return number.Value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e").Replace("E", "e");
    }

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
