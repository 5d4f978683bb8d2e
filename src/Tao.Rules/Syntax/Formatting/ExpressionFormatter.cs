using System.Text;

namespace Tao.Rules.Syntax.Formatting;

/// <summary>
/// Writes expressions with canonical spacing. Parentheses the author wrote are kept; where a tree that did not come from
/// the parser needs grouping to read back the same way, parentheses are added (see <see cref="OperatorFacts"/>).
/// </summary>
internal static class ExpressionFormatter
{
    /// <summary>The binding strength of lambdas and population expressions: looser than any operator.</summary>
    public const int LoosestPrecedence = 0;

    /// <summary>What an expression standing on its own (a clause, a param, a list element) must bind at least as tightly as.</summary>
    public const int StatementPrecedence = OperatorFacts.OrPrecedence;

    public static string Format(ExpressionSyntax expression, int requiredPrecedence)
    {
        var builder = new StringBuilder();
        Write(builder, expression, requiredPrecedence);
        return builder.ToString();
    }

    /// <summary>How tightly <paramref name="expression"/> binds, on the scale of <see cref="OperatorFacts"/>.</summary>
    public static int PrecedenceOf(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax binary => OperatorFacts.Precedence(binary.Operator),
        UnaryExpressionSyntax { Operator: UnaryOperator.Not } => OperatorFacts.NotPrecedence,
        UnaryExpressionSyntax => OperatorFacts.NegatePrecedence,
        InExpressionSyntax or BetweenExpressionSyntax => OperatorFacts.ComparisonPrecedence,
        MemberAccessExpressionSyntax or CallExpressionSyntax => OperatorFacts.PostfixPrecedence,
        LambdaExpressionSyntax or PopulationExpressionSyntax => LoosestPrecedence,
        _ => OperatorFacts.PrimaryPrecedence,
    };

    /// <summary>
    /// Splits a top-level <c>and</c>/<c>or</c> chain into its operands (written without the operator), for breaking a long
    /// condition before each operator. Returns false when the expression is not such a chain.
    /// </summary>
    public static bool TrySplitLogicalChain(ExpressionSyntax expression, out string operatorText, out IReadOnlyList<string> operands)
    {
        operatorText = string.Empty;
        operands = [];
        if (expression is not BinaryExpressionSyntax { Operator: BinaryOperator.And or BinaryOperator.Or } root)
        {
            return false;
        }

        var spine = LeftSpine(root);
        var precedence = OperatorFacts.Precedence(root.Operator);
        var parts = new List<string> { Format(spine[spine.Count - 1].Left, precedence) };
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            parts.Add(Format(spine[i].Right, precedence + 1));
        }

        operatorText = OperatorFacts.Text(root.Operator);
        operands = parts;
        return true;
    }

    public static void Write(StringBuilder builder, ExpressionSyntax expression, int requiredPrecedence)
    {
        if (PrecedenceOf(expression) < requiredPrecedence)
        {
            builder.Append('(');
            WriteUngrouped(builder, expression);
            builder.Append(')');
        }
        else
        {
            WriteUngrouped(builder, expression);
        }
    }

    private static void WriteUngrouped(StringBuilder builder, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NumberLiteralSyntax number:
                builder.Append(LiteralText.Number(number));
                if (number.Unit is { } unit)
                {
                    builder.Append(' ').Append(unit.Text);
                }

                break;
            case StringLiteralSyntax text:
                builder.Append(LiteralText.Quote(text.Value));
                break;
            case BooleanLiteralSyntax boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case DateLiteralSyntax date:
                builder.Append(LiteralText.Date(date.Value));
                break;
            case ListExpressionSyntax list:
                builder.Append('[');
                WriteSeparated(builder, list.Elements, StatementPrecedence);
                builder.Append(']');
                break;
            case NameExpressionSyntax name:
                builder.Append(name.Identifier.Name);
                break;
            case MemberAccessExpressionSyntax member:
                WriteMemberTarget(builder, member.Target);
                builder.Append('.').Append(member.Member.Name);
                break;
            case CallExpressionSyntax call:
                builder.Append(call.Function.Name).Append('(');
                WriteSeparated(builder, call.Arguments, LoosestPrecedence);
                builder.Append(')');
                break;
            case LambdaExpressionSyntax lambda:
                builder.Append(lambda.Parameter.Name).Append(" => ");
                Write(builder, lambda.Body, StatementPrecedence);
                break;
            case UnaryExpressionSyntax { Operator: UnaryOperator.Not } not:
                builder.Append("not ");
                Write(builder, not.Operand, OperatorFacts.NotPrecedence);
                break;
            case UnaryExpressionSyntax negate:
                // "- -x" rather than "--x", which reads like a decrement.
                builder.Append(negate.Operand is UnaryExpressionSyntax { Operator: UnaryOperator.Negate } ? "- " : "-");
                Write(builder, negate.Operand, OperatorFacts.NegatePrecedence);
                break;
            case BinaryExpressionSyntax binary:
                WriteBinary(builder, binary);
                break;
            case InExpressionSyntax inExpression:
                Write(builder, inExpression.Value, OperatorFacts.AdditivePrecedence);
                builder.Append(inExpression.Negated ? " not in " : " in ");
                Write(builder, inExpression.Collection, OperatorFacts.AdditivePrecedence);
                break;
            case BetweenExpressionSyntax between:
                Write(builder, between.Value, OperatorFacts.AdditivePrecedence);
                builder.Append(" between ");
                Write(builder, between.Lower, OperatorFacts.AdditivePrecedence);
                builder.Append(" and ");
                Write(builder, between.Upper, OperatorFacts.AdditivePrecedence);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                builder.Append('(');
                Write(builder, parenthesized.Expression, LoosestPrecedence);
                builder.Append(')');
                break;
            case PopulationExpressionSyntax population:
                // The selector reads at the additive level, so that "where" (or a comparison) ends it.
                builder.Append("all ");
                Write(builder, population.Selector, OperatorFacts.AdditivePrecedence);
                if (population.Filter is { } filter)
                {
                    builder.Append(" where ");
                    Write(builder, filter, StatementPrecedence);
                }

                break;
            default:
                throw new ArgumentException($"Cannot format an expression of type {expression.GetType().Name}.", nameof(expression));
        }
    }

    private static void WriteMemberTarget(StringBuilder builder, ExpressionSyntax target)
    {
        // "3.5" would read as one number and "2026-01-01.x" not as a date: a literal target gets parentheses.
        if (target is NumberLiteralSyntax or DateLiteralSyntax or StringLiteralSyntax or BooleanLiteralSyntax)
        {
            builder.Append('(');
            WriteUngrouped(builder, target);
            builder.Append(')');
        }
        else
        {
            Write(builder, target, OperatorFacts.PostfixPrecedence);
        }
    }

    private static void WriteBinary(StringBuilder builder, BinaryExpressionSyntax binary)
    {
        // Long chains such as a + b + c + ... are left-deep; walking the spine keeps the recursion depth flat.
        var spine = LeftSpine(binary);
        var innermost = spine[spine.Count - 1];
        Write(builder, innermost.Left, LeftOperandPrecedence(innermost.Operator));
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            var node = spine[i];
            builder.Append(' ').Append(OperatorFacts.Text(node.Operator)).Append(' ');
            Write(builder, node.Right, OperatorFacts.Precedence(node.Operator) + 1);
        }
    }

    /// <summary>
    /// Comparisons do not chain: their operands must bind tighter than a comparison. The other operators are
    /// left-associative, so a left operand of the same level needs no parentheses.
    /// </summary>
    private static int LeftOperandPrecedence(BinaryOperator op) =>
        OperatorFacts.IsComparison(op) ? OperatorFacts.Precedence(op) + 1 : OperatorFacts.Precedence(op);

    /// <summary>The node and its left operands for as long as they print without parentheses at the same level.</summary>
    private static List<BinaryExpressionSyntax> LeftSpine(BinaryExpressionSyntax root)
    {
        var spine = new List<BinaryExpressionSyntax> { root };
        var current = root;
        while (!OperatorFacts.IsComparison(current.Operator)
            && current.Left is BinaryExpressionSyntax left
            && OperatorFacts.Precedence(left.Operator) == OperatorFacts.Precedence(current.Operator))
        {
            spine.Add(left);
            current = left;
        }

        return spine;
    }

    private static void WriteSeparated(StringBuilder builder, IReadOnlyList<ExpressionSyntax> items, int requiredPrecedence)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, items[i], requiredPrecedence);
        }
    }
}
