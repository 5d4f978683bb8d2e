namespace Tao.Rules.Syntax.Parsing;

/// <summary>Names the token at a position for messages: <c>'whenn'</c>, <c>string "abc"</c>, <c>end of file</c>.</summary>
internal static class TokenDescriber
{
    private const int MaxShown = 24;

    public static string Describe(ParseContext context, int position)
    {
        var source = context.Source;
        if (position >= context.Limit)
        {
            return "end of " + context.EndDescription;
        }

        var c = source[position];
        var word = WordAt(context, position);
        if (word is not null)
        {
            return "'" + word + "'";
        }

        if (c == '"')
        {
            var end = position + 1;
            while (end < context.Limit && source[end] != '"' && !CharFacts.IsLineBreak(source[end]))
            {
                end++;
            }

            var shown = Math.Min(end - position - 1, MaxShown);
            var ellipsis = shown < end - position - 1 ? "..." : string.Empty;
            return "string \"" + source.Substring(position + 1, shown) + ellipsis + "\"";
        }

        if (CharFacts.IsDigit(c))
        {
            var end = position;
            while (end < context.Limit && end - position < MaxShown && (CharFacts.IsWordPart(source[end]) || source[end] is '.' or '-'))
            {
                end++;
            }

            return "'" + source.Substring(position, end - position) + "'";
        }

        var length = CharFacts.PunctuationLength(source, position, context.Limit);
        if (length > 0)
        {
            return "'" + source.Substring(position, length) + "'";
        }

        if (c == '#')
        {
            return "'#'";
        }

        return char.IsHighSurrogate(c) && position + 1 < context.Limit
            ? "'" + source.Substring(position, 2) + "'"
            : "'" + c + "'";
    }

    /// <summary>How many characters the token at a position covers (at least 1 inside the text, 0 at its end), for diagnostic ranges.</summary>
    public static int Length(ParseContext context, int position)
    {
        if (position >= context.Limit)
        {
            return 0;
        }

        var word = WordAt(context, position);
        if (word is not null)
        {
            return word.Length;
        }

        var punctuation = CharFacts.PunctuationLength(context.Source, position, context.Limit);
        return punctuation > 0 ? punctuation : 1;
    }

    /// <summary>The word (identifier, keyword or rule id) at a position, or null.</summary>
    public static string? WordAt(ParseContext context, int position)
    {
        var source = context.Source;
        if (position >= context.Limit || !CharFacts.IsWordStart(source[position]))
        {
            return null;
        }

        var end = position + 1;
        while (end < context.Limit && (CharFacts.IsWordPart(source[end]) || (source[end] == '-' && end + 1 < context.Limit && CharFacts.IsWordPart(source[end + 1]))))
        {
            end++;
        }

        return source.Substring(position, end - position);
    }
}
