namespace Tao.Rules.Syntax.Parsing;

/// <summary>Character classes of the DSL. Identifiers, keywords and units are ASCII.</summary>
internal static class CharFacts
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLower(char c) => c is >= 'a' and <= 'z';

    public static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    public static bool IsLetter(char c) => IsLower(c) || IsUpper(c);

    public static bool IsWordStart(char c) => IsLetter(c) || c == '_';

    public static bool IsWordPart(char c) => IsLetter(c) || IsDigit(c) || c == '_';

    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    public static bool IsSpace(char c) => c is ' ' or '\t';

    /// <summary>The length of the operator or punctuation token at <paramref name="position"/> (the longest match), or 0.</summary>
    public static int PunctuationLength(string source, int position, int limit)
    {
        if (position >= limit)
        {
            return 0;
        }

        var c = source[position];
        var next = position + 1 < limit ? source[position + 1] : '\0';
        switch (c)
        {
            case '=':
                return next is '=' or '>' ? 2 : 1;
            case '!':
                return next == '=' ? 2 : 0;
            case '<':
            case '>':
                return next == '=' ? 2 : 1;
            case '(':
            case ')':
            case '[':
            case ']':
            case '{':
            case '}':
            case ',':
            case ':':
            case '.':
            case '+':
            case '-':
            case '*':
            case '/':
            case '%':
                return 1;
            default:
                return 0;
        }
    }
}
