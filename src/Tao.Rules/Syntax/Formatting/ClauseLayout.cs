namespace Tao.Rules.Syntax.Formatting;

/// <summary>The canonical order and spelling of package and rule clauses.</summary>
internal static class ClauseLayout
{
    /// <summary>Package clauses in the order title, applies to, jurisdiction, version, effective.</summary>
    public static int PackageRank(ClauseSyntax clause) => clause switch
    {
        TitleClauseSyntax => 0,
        AppliesToClauseSyntax => 1,
        JurisdictionClauseSyntax => 2,
        VersionClauseSyntax => 3,
        EffectiveClauseSyntax => 4,
        _ => 5,
    };

    /// <summary>Rule clauses in the order severity, cite, tags, effective, when, require, because, remedy.</summary>
    public static int RuleRank(ClauseSyntax clause) => clause switch
    {
        SeverityClauseSyntax => 0,
        CiteClauseSyntax => 1,
        TagsClauseSyntax => 2,
        EffectiveClauseSyntax => 3,
        WhenClauseSyntax => 4,
        RequireClauseSyntax => 5,
        BecauseClauseSyntax => 6,
        RemedyClauseSyntax => 7,
        _ => 8,
    };

    public static IReadOnlyList<string> Lines(ClauseSyntax clause, int indent)
    {
        var pad = new string(' ', indent);
        return clause switch
        {
            TitleClauseSyntax title => [pad + "title " + LiteralText.Quote(title.Title.Value)],
            AppliesToClauseSyntax appliesTo => [pad + "applies to " + appliesTo.Kind.Name],
            JurisdictionClauseSyntax jurisdiction => [pad + "jurisdiction " + jurisdiction.Code.Name],
            VersionClauseSyntax version => [pad + "version " + LiteralText.Quote(version.Version.Value)],
            EffectiveClauseSyntax effective => [pad + Effective(effective)],
            SeverityClauseSyntax severity => [pad + "severity " + Keywords.Of(severity.Severity)],
            CiteClauseSyntax cite => [pad + "cite " + LiteralText.Quote(cite.Citation.Value)],
            TagsClauseSyntax tags => [pad + "tags [" + string.Join(", ", tags.Tags.Select(t => LiteralText.Quote(t.Value))) + "]"],
            WhenClauseSyntax whenClause => ConditionLayout.Lines(pad + "when ", whenClause.Condition, indent),
            RequireClauseSyntax require => ConditionLayout.Lines(pad + "require ", require.Condition, indent),
            BecauseClauseSyntax because => [pad + "because " + InterpolationFormatter.Format(because.Text)],
            RemedyClauseSyntax remedy => [pad + "remedy " + InterpolationFormatter.Format(remedy.Text)],
            _ => throw new ArgumentException($"Cannot format a clause of type {clause.GetType().Name}.", nameof(clause)),
        };
    }

    private static string Effective(EffectiveClauseSyntax effective) =>
        effective.Until is { } until
            ? "effective " + LiteralText.Date(effective.From.Value) + " until " + LiteralText.Date(until.Value)
            : "effective " + LiteralText.Date(effective.From.Value);
}
