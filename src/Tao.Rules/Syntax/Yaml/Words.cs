namespace Tao.Rules.Syntax.Yaml;

/// <summary>Lists of choices in messages: "a, b or c".</summary>
internal static class Words
{
    public static string OneOf(IEnumerable<string> choices)
    {
        var list = choices.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1],
        };
    }
}
