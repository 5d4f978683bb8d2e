using Tao.Rules.Text;

namespace Tao.Rules.Syntax;

/// <summary>
/// One attribute line of a package or a rule (<c>title</c>, <c>severity</c>, <c>when</c>, ...). Clauses keep the order and
/// span they were written in; the formatter writes them in one canonical order.
/// </summary>
public abstract record ClauseSyntax(SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The keyword that starts the clause, as the DSL spells it.</summary>
    public abstract string Keyword { get; }
}

// Package clauses.
public sealed record TitleClauseSyntax(StringLiteralSyntax Title, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "title";
}

public sealed record AppliesToClauseSyntax(IdentifierSyntax Kind, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "applies to";
}

public sealed record JurisdictionClauseSyntax(IdentifierSyntax Code, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "jurisdiction";
}

public sealed record VersionClauseSyntax(StringLiteralSyntax Version, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "version";
}

/// <summary><c>effective FROM</c> or <c>effective FROM until UNTIL</c>, on a package or a rule.</summary>
public sealed record EffectiveClauseSyntax(DateLiteralSyntax From, DateLiteralSyntax? Until, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "effective";
}

// Rule clauses.
public sealed record SeverityClauseSyntax(RuleSeverity Severity, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "severity";
}

public sealed record CiteClauseSyntax(StringLiteralSyntax Citation, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "cite";
}

/// <summary><c>tags ["green-list", "custody"]</c>.</summary>
public sealed record TagsClauseSyntax(IReadOnlyList<StringLiteralSyntax> Tags, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "tags";
}

public sealed record WhenClauseSyntax(ExpressionSyntax Condition, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "when";
}

public sealed record RequireClauseSyntax(ExpressionSyntax Condition, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "require";
}

public sealed record BecauseClauseSyntax(InterpolatedStringSyntax Text, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "because";
}

public sealed record RemedyClauseSyntax(InterpolatedStringSyntax Text, SourceSpan Span) : ClauseSyntax(Span)
{
    public override string Keyword => "remedy";
}
