using Tao.Rules.Text;

namespace Tao.Rules.Syntax;

/// <summary>
/// Base of every node of the syntax tree. Nodes are immutable and carry the span of the text they were parsed from.
/// Both front ends (the DSL and YAML) produce the same nodes; compare trees with <see cref="SyntaxPrinter"/>, which
/// ignores spans, not with record equality.
/// </summary>
public abstract record SyntaxNode(SourceSpan Span);

/// <summary>A name as written: an identifier, a field name, a parameter of a lambda.</summary>
public sealed record IdentifierSyntax(string Name, SourceSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Name;
}

/// <summary>A rule id such as <c>JP-GL-01</c>.</summary>
public sealed record RuleIdSyntax(string Id, SourceSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Id;
}

/// <summary>A dotted package name such as <c>jp.jvcea</c>.</summary>
public sealed record QualifiedNameSyntax(string Name, SourceSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Name;
}

/// <summary>A <c>#</c> comment; kept so that <c>fmt</c> can put it back.</summary>
public sealed record CommentSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);
