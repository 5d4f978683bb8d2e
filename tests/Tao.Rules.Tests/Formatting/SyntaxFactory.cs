using System.Globalization;
using Tao.Rules.Syntax;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Formatting;

/// <summary>Short constructors for hand-built trees (no spans), as a tree that did not come from the parser would be.</summary>
internal static class SyntaxFactory
{
    private static readonly SourceSpan None = default;

    public static IdentifierSyntax Id(string name) => new(name, None);

    public static ExpressionSyntax N(string name) => new NameExpressionSyntax(Id(name), None);

    public static ExpressionSyntax Num(string text, string? unit = null) =>
        new NumberLiteralSyntax(
            double.Parse(text.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture),
            text,
            unit is null ? null : new UnitSyntax(unit, None),
            None);

    public static StringLiteralSyntax Str(string value) => new(value, None);

    public static ExpressionSyntax Bool(bool value) => new BooleanLiteralSyntax(value, None);

    public static DateLiteralSyntax Date(int year, int month, int day) => new(new DateTime(year, month, day), None);

    public static ExpressionSyntax List(params ExpressionSyntax[] elements) => new ListExpressionSyntax(elements, None);

    public static ExpressionSyntax Member(ExpressionSyntax target, string member) => new MemberAccessExpressionSyntax(target, Id(member), None);

    public static ExpressionSyntax Call(string function, params ExpressionSyntax[] arguments) => new CallExpressionSyntax(Id(function), arguments, None);

    public static ExpressionSyntax Lambda(string parameter, ExpressionSyntax body) => new LambdaExpressionSyntax(Id(parameter), body, None);

    public static ExpressionSyntax Not(ExpressionSyntax operand) => new UnaryExpressionSyntax(UnaryOperator.Not, operand, None);

    public static ExpressionSyntax Neg(ExpressionSyntax operand) => new UnaryExpressionSyntax(UnaryOperator.Negate, operand, None);

    public static ExpressionSyntax Bin(ExpressionSyntax left, BinaryOperator op, ExpressionSyntax right) => new BinaryExpressionSyntax(left, op, right, None);

    public static ExpressionSyntax In(ExpressionSyntax value, ExpressionSyntax collection, bool negated = false) => new InExpressionSyntax(value, collection, negated, None);

    public static ExpressionSyntax Between(ExpressionSyntax value, ExpressionSyntax lower, ExpressionSyntax upper) => new BetweenExpressionSyntax(value, lower, upper, None);

    public static ExpressionSyntax Paren(ExpressionSyntax inner) => new ParenthesizedExpressionSyntax(inner, None);

    public static ExpressionSyntax All(ExpressionSyntax selector, ExpressionSyntax? filter = null) => new PopulationExpressionSyntax(selector, filter, None);

    public static InterpolatedStringSyntax Interpolated(params object[] parts) =>
        new(parts.Select(p => p is string s ? (InterpolationPartSyntax)new InterpolationTextSyntax(s, None) : new InterpolationHoleSyntax((ExpressionSyntax)p, None)).ToArray(), None);
}
