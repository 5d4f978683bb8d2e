using Tao.Rules.Text;

namespace Tao.Rules.Syntax;

public abstract record ExpressionSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// A number as written (<c>2_800_000_000</c>, <c>0.5</c>, <c>1e-9</c>) with its optional unit.
/// <see cref="Value"/> is the number without the unit's scale applied.
/// </summary>
public sealed record NumberLiteralSyntax(double Value, string Text, UnitSyntax? Unit, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>A unit as written after a number: <c>USD</c>, <c>TAO/block</c>, <c>%</c>, <c>months</c>.</summary>
public sealed record UnitSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A string literal; <see cref="Value"/> has the escapes resolved.</summary>
public sealed record StringLiteralSyntax(string Value, SourceSpan Span) : ExpressionSyntax(Span);

public sealed record BooleanLiteralSyntax(bool Value, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>An ISO date such as <c>2026-01-01</c>; the time of day is always midnight and the kind unspecified.</summary>
public sealed record DateLiteralSyntax(DateTime Value, SourceSpan Span) : ExpressionSyntax(Span);

public sealed record ListExpressionSyntax(IReadOnlyList<ExpressionSyntax> Elements, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>A bare name: a param, a let, an entity kind (<c>asset</c>), <c>as_of</c>, or a lambda parameter.</summary>
public sealed record NameExpressionSyntax(IdentifierSyntax Identifier, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>target.member</c>, such as <c>asset.market_cap</c>.</summary>
public sealed record MemberAccessExpressionSyntax(ExpressionSyntax Target, IdentifierSyntax Member, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>name(arg, ...)</c>: a built-in or a <c>[RuleFunction]</c>.</summary>
public sealed record CallExpressionSyntax(IdentifierSyntax Function, IReadOnlyList<ExpressionSyntax> Arguments, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>x =&gt; body</c>, only as an argument of <c>any</c>/<c>all</c> and friends.</summary>
public sealed record LambdaExpressionSyntax(IdentifierSyntax Parameter, ExpressionSyntax Body, SourceSpan Span) : ExpressionSyntax(Span);

public sealed record UnaryExpressionSyntax(UnaryOperator Operator, ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span);

public sealed record BinaryExpressionSyntax(ExpressionSyntax Left, BinaryOperator Operator, ExpressionSyntax Right, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>value in collection</c>, or <c>value not in collection</c> when <see cref="Negated"/>.</summary>
public sealed record InExpressionSyntax(ExpressionSyntax Value, ExpressionSyntax Collection, bool Negated, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>value between lower and upper</c>, both bounds inclusive.</summary>
public sealed record BetweenExpressionSyntax(ExpressionSyntax Value, ExpressionSyntax Lower, ExpressionSyntax Upper, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>Parentheses as written; kept so that <c>fmt</c> keeps the author's grouping.</summary>
public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Expression, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>
/// <c>all selector where filter</c>: the selector evaluated for every entity of the pack's kind (optionally filtered),
/// as the first argument of a population aggregate: <c>sum(all subnet.ema_tao_flow where subnet.ema_tao_flow &gt; 0 TAO)</c>.
/// </summary>
public sealed record PopulationExpressionSyntax(ExpressionSyntax Selector, ExpressionSyntax? Filter, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>
/// A <c>because</c> or <c>remedy</c> text: literal parts and <c>{expression}</c> holes. <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
public sealed record InterpolatedStringSyntax(IReadOnlyList<InterpolationPartSyntax> Parts, SourceSpan Span) : SyntaxNode(Span);

public abstract record InterpolationPartSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary>Literal text of an interpolated string; <see cref="Text"/> has escapes resolved.</summary>
public sealed record InterpolationTextSyntax(string Text, SourceSpan Span) : InterpolationPartSyntax(Span);

public sealed record InterpolationHoleSyntax(ExpressionSyntax Expression, SourceSpan Span) : InterpolationPartSyntax(Span);
