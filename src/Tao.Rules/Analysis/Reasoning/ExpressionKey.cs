using System.Globalization;
using System.Text;
using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>
/// A canonical text for a bound expression: equal keys mean the expressions compute the same value for the same entity.
/// Formatting, parentheses, number separators and the unit a literal is written in disappear (numbers are in base
/// units, tagged with their dimension, so <c>10 MUSD</c> and <c>10_000_000 USD</c> agree and <c>5 USD</c> and
/// <c>5 EUR</c> do not), and the operands of <c>and</c>/<c>or</c> are sorted, since their order does not change the value.
/// </summary>
internal static class ExpressionKey
{
    public static string Of(BoundExpression expression)
    {
        var text = new StringBuilder();
        Append(text, expression);
        return text.ToString();
    }

    private static void Append(StringBuilder text, BoundExpression expression)
    {
        if (expression is not BoundLiteral && ConstantFolder.TryFold(expression) is { } folded)
        {
            AppendConstant(text, folded, expression.Type);
            return;
        }

        switch (expression)
        {
            case BoundLiteral literal:
                AppendConstant(text, literal.Value, literal.Type);
                break;
            case BoundListExpression list:
                AppendAll(text, "[", list.Elements);
                break;
            case BoundFieldAccess field:
                text.Append(field.Entity.Kind).Append('.').Append(field.Field.Name);
                break;
            case BoundEntityReference entity:
                text.Append("entity ").Append(entity.Entity.Kind);
                break;
            case BoundParamReference param:
                text.Append("param ").Append(param.Param.Name);
                break;
            case BoundLetReference let:
                text.Append("let ").Append(let.Let.Name);
                break;
            case BoundAsOf:
                text.Append("as_of");
                break;
            case BoundLambdaParameterReference parameter:
                text.Append("λ ").Append(parameter.Parameter.Name);
                break;
            case BoundUnaryExpression unary:
                text.Append(unary.OperatorKind).Append('(');
                Append(text, unary.Operand);
                text.Append(')');
                break;
            case BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or } logical:
                AppendCommutative(text, logical);
                break;
            case BoundBinaryExpression binary:
                AppendAll(text, binary.OperatorKind + "(", [binary.Left, binary.Right]);
                break;
            case BoundInExpression @in:
                AppendAll(text, (@in.Negated ? "NotIn" : "In") + "(", [@in.Value, @in.Collection]);
                break;
            case BoundBetweenExpression between:
                AppendAll(text, "Between(", [between.Value, between.Lower, between.Upper]);
                break;
            case BoundCallExpression call:
                AppendAll(text, call.Operation + "(", call.Arguments);
                break;
            case BoundLambdaExpression lambda:
                text.Append("λ ").Append(lambda.Parameter.Name).Append(" => ");
                Append(text, lambda.Body);
                break;
            case BoundPopulationAggregate aggregate:
                text.Append("all ").Append(aggregate.Aggregate).Append('(');
                Append(text, aggregate.Selector);
                text.Append(" where ");
                if (aggregate.Filter is not null)
                {
                    Append(text, aggregate.Filter);
                }

                text.Append(" value ");
                if (aggregate.Value is not null)
                {
                    Append(text, aggregate.Value);
                }

                text.Append(')');
                break;
            default:
                // An erroneous node: unique, so that it never matches anything.
                text.Append("error@").Append(Position(expression));
                break;
        }
    }

    private static void AppendAll(StringBuilder text, string open, IEnumerable<BoundExpression> parts)
    {
        text.Append(open);
        var first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            Append(text, part);
        }

        text.Append(open.EndsWith("[", StringComparison.Ordinal) ? ']' : ')');
    }

    /// <summary>A chain of one logical operator, flattened and sorted: <c>a and (b and c)</c> is <c>And(a, b, c)</c>.</summary>
    private static void AppendCommutative(StringBuilder text, BoundBinaryExpression logical)
    {
        var operands = new List<string>();
        var pending = new Stack<BoundExpression>();
        pending.Push(logical);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is BoundBinaryExpression binary && binary.OperatorKind == logical.OperatorKind)
            {
                pending.Push(binary.Right);
                pending.Push(binary.Left);
            }
            else
            {
                operands.Add(Of(current));
            }
        }

        operands.Sort(StringComparer.Ordinal);
        text.Append(logical.OperatorKind).Append('(').Append(string.Join(", ", operands)).Append(')');
    }

    private static void AppendConstant(StringBuilder text, ConstantValue value, RuleType type)
    {
        text.Append(value);
        if (type.IsNumber && !type.Unit.IsDimensionless)
        {
            text.Append(' ').Append(type.Unit.DimensionText);
        }
    }

    private static string Position(BoundExpression expression) =>
        expression.Syntax.Span.Start.ToString(CultureInfo.InvariantCulture);
}
