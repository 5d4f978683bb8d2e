namespace Tao.Rules.Syntax.Parsing;

/// <summary>The reserved words of the DSL: none of them can name a param, a let, a kind or a function.</summary>
internal static class ReservedWords
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "package", "title", "applies", "to", "jurisdiction", "version", "effective", "until", "param", "let", "rule",
        "severity", "cite", "tags", "when", "require", "because", "remedy", "test", "given", "as", "of", "expect",
        "verdict", "for", "and", "or", "not", "in", "between", "true", "false", "all", "where",
    };

    /// <summary>The words that start a top-level declaration; error recovery resumes at one of them.</summary>
    public static readonly string[] MemberStarts = ["param", "let", "rule", "test"];

    public static bool IsReserved(string source, int start, int length)
    {
        // Every keyword is 2 to 12 lower-case letters; most identifiers fail this cheap test before any lookup.
        if (length < 2 || length > 12 || !CharFacts.IsLower(source[start]))
        {
            return false;
        }

        return All.Contains(source.Substring(start, length));
    }

    public static bool IsMemberStart(string source, int start, int length)
    {
        foreach (var keyword in MemberStarts)
        {
            if (keyword.Length == length && string.CompareOrdinal(source, start, keyword, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
