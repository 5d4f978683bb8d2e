using Tao.Rules.Text;

namespace Tao.Rules.Syntax;

/// <summary><c>package jp.jvcea</c> with its clauses (title, applies to, jurisdiction, version, effective).</summary>
public sealed record PackageDeclarationSyntax(QualifiedNameSyntax Name, IReadOnlyList<ClauseSyntax> Clauses, SourceSpan Span) : SyntaxNode(Span)
{
    public TitleClauseSyntax? Title => Clauses.OfType<TitleClauseSyntax>().FirstOrDefault();

    public AppliesToClauseSyntax? AppliesTo => Clauses.OfType<AppliesToClauseSyntax>().FirstOrDefault();

    public JurisdictionClauseSyntax? Jurisdiction => Clauses.OfType<JurisdictionClauseSyntax>().FirstOrDefault();

    public VersionClauseSyntax? Version => Clauses.OfType<VersionClauseSyntax>().FirstOrDefault();

    public EffectiveClauseSyntax? Effective => Clauses.OfType<EffectiveClauseSyntax>().FirstOrDefault();
}

/// <summary>A top-level declaration after the package header: param, let, rule or test.</summary>
public abstract record MemberDeclarationSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>param name = value</c>: a constant that a run may override with <c>--param package.name=value</c>.</summary>
public sealed record ParamDeclarationSyntax(IdentifierSyntax Name, ExpressionSyntax Value, SourceSpan Span) : MemberDeclarationSyntax(Span);

/// <summary><c>let name = expression</c>: a fact derived per entity.</summary>
public sealed record LetDeclarationSyntax(IdentifierSyntax Name, ExpressionSyntax Value, SourceSpan Span) : MemberDeclarationSyntax(Span);

/// <summary><c>rule ID "title"</c> with its clauses.</summary>
public sealed record RuleDeclarationSyntax(RuleIdSyntax Id, StringLiteralSyntax? Title, IReadOnlyList<ClauseSyntax> Clauses, SourceSpan Span) : MemberDeclarationSyntax(Span)
{
    public SeverityClauseSyntax? Severity => Clauses.OfType<SeverityClauseSyntax>().FirstOrDefault();

    public CiteClauseSyntax? Cite => Clauses.OfType<CiteClauseSyntax>().FirstOrDefault();

    public TagsClauseSyntax? Tags => Clauses.OfType<TagsClauseSyntax>().FirstOrDefault();

    public EffectiveClauseSyntax? Effective => Clauses.OfType<EffectiveClauseSyntax>().FirstOrDefault();

    public WhenClauseSyntax? When => Clauses.OfType<WhenClauseSyntax>().FirstOrDefault();

    public RequireClauseSyntax? Require => Clauses.OfType<RequireClauseSyntax>().FirstOrDefault();

    public BecauseClauseSyntax? Because => Clauses.OfType<BecauseClauseSyntax>().FirstOrDefault();

    public RemedyClauseSyntax? Remedy => Clauses.OfType<RemedyClauseSyntax>().FirstOrDefault();
}

/// <summary>
/// <c>test "name"</c> followed by <c>given</c> entities, an optional <c>as of DATE</c> and <c>expect</c> lines.
/// </summary>
public sealed record TestDeclarationSyntax(
    StringLiteralSyntax Name,
    IReadOnlyList<GivenSyntax> Givens,
    DateLiteralSyntax? AsOf,
    IReadOnlyList<ExpectationSyntax> Expectations,
    SourceSpan Span) : MemberDeclarationSyntax(Span);

/// <summary><c>given asset { symbol: "XMR", has_privacy_feature: true }</c>: one entity of a test.</summary>
public sealed record GivenSyntax(IdentifierSyntax Kind, IReadOnlyList<FieldInitializerSyntax> Fields, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>name: value</c> inside a <c>given</c>.</summary>
public sealed record FieldInitializerSyntax(IdentifierSyntax Name, ExpressionSyntax Value, SourceSpan Span) : SyntaxNode(Span);

/// <summary>An <c>expect</c> line. <see cref="Entity"/> (<c>for "XMR"</c>) names the entity by key; absent, the first given.</summary>
public abstract record ExpectationSyntax(StringLiteralSyntax? Entity, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>expect JP-PRIV-05 fail</c>.</summary>
public sealed record ExpectOutcomeSyntax(RuleIdSyntax Rule, Outcome Outcome, StringLiteralSyntax? Entity, SourceSpan Span) : ExpectationSyntax(Entity, Span);

/// <summary><c>expect verdict blocked</c>.</summary>
public sealed record ExpectVerdictSyntax(Verdict Verdict, StringLiteralSyntax? Entity, SourceSpan Span) : ExpectationSyntax(Entity, Span);
