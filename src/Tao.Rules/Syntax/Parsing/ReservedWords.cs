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

    // Keywords by length, so that checking a word costs a few ordinal comparisons and no substring.
    private static readonly string[][] ByLength = Enumerable.Range(0, 16)
        .Select(length => All.Where(k => k.Length == length).OrderBy(k => k, StringComparer.Ordinal).ToArray())
        .ToArray();

    public static bool IsReserved(string source, int start, int length)
    {
        if (length >= ByLength.Length || !CharFacts.IsLower(source[start]))
        {
            return false;
        }

        foreach (var keyword in ByLength[length])
        {
            if (string.CompareOrdinal(source, start, keyword, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
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
