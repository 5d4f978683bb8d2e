namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// Which template renders a pack: by the kind of entity it judges. For kind K and format F (<c>md</c>, <c>html</c>) the
/// first of these that exists in the templates folder is used:
/// <list type="number">
/// <item>the kind's own report: <c>listing-readiness.F.sbn</c> for <c>asset</c>, <c>subnet-policy.F.sbn</c> for <c>subnet</c>;</item>
/// <item><c>K.F.sbn</c>, for a kind of the user's own schema (<c>token.html.sbn</c>);</item>
/// <item><c>listing-readiness.F.sbn</c>, which renders any pack (entities × rules) and so is the fallback.</item>
/// </list>
/// </summary>
public static class TemplateSelection
{
    /// <summary>The run's index page.</summary>
    public const string IndexTemplate = "index.html.sbn";

    /// <summary>The template every pack falls back to.</summary>
    public const string Fallback = "listing-readiness";

    /// <summary>The report formats written for every pack, as file extensions.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["md", "html"];

    private static readonly Dictionary<string, string> ByKind = new(StringComparer.Ordinal)
    {
        ["asset"] = "listing-readiness",
        ["subnet"] = "subnet-policy",
    };

    /// <summary>The template names tried for a pack of <paramref name="entityKind"/>, in order.</summary>
    public static IReadOnlyList<string> Candidates(string entityKind, string format)
    {
        var names = new List<string>();
        if (ByKind.TryGetValue(entityKind, out var own))
        {
            names.Add(own);
        }

        names.Add(entityKind);
        names.Add(Fallback);
        return names.Distinct(StringComparer.Ordinal).Select(n => $"{n}.{format}.sbn").ToArray();
    }

    /// <summary>The template for a pack of <paramref name="entityKind"/> in <paramref name="format"/>, or null when none of the candidates exists.</summary>
    public static string? For(string entityKind, string format, TemplateFolder folder) =>
        Candidates(entityKind, format).FirstOrDefault(folder.Contains);
}
