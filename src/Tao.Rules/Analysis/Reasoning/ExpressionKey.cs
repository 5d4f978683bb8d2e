using System.Globalization;
using System.Text;
using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>
/// A canonical text for a bound expression: equal keys mean the expressions compute the same value for the same entity.
/// Formatting, parentheses, number separators and the unit a literal is written in disappear (numbers are in base
/// units, tagged with their dimension, so <c>1 TAO</c> and <c>1_000_000_000 rao</c> agree and <c>5 USD</c> and
/// <c>5 EUR</c> do not), constant parts are folded (<c>2 * 3</c> is <c>6</c>), and the operands of <c>and</c>/<c>or</c>
/// are sorted, since their order does not change the value.
/// </summary>
internal static class ExpressionKey
{
    public static string Of(BoundExpression expression)
    {
        var text = new StringBuilder();
        Append(text, expression);
        return text.ToString();
    }

    /// <summary>
    /// Appends the key; returns whether the expression reads anything only an evaluation knows (a field, param, let,
    /// <c>as_of</c>, lambda parameter or population). A part that reads nothing is replaced by its folded value. Deciding
    /// that bottom-up keeps a long chain from being folded again at every level.
    /// </summary>
    private static bool Append(StringBuilder text, BoundExpression expression)
    {
        var start = text.Length;
        var reads = AppendNode(text, expression);
        if (!reads && expression is not BoundLiteral && ConstantFolder.TryFold(expression) is { } folded)
        {
            text.Length = start;
            AppendConstant(text, folded, expression.Type);
        }

        return reads;
    }

    private static bool AppendNode(StringBuilder text, BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                AppendConstant(text, literal.Value, literal.Type);
                return false;
            case BoundListExpression list:
                return AppendAll(text, "[", list.Elements, "]");
            case BoundFieldAccess field:
                text.Append(field.Entity.Kind).Append('.').Append(field.Field.Name);
                return true;
            case BoundEntityReference entity:
                text.Append("entity ").Append(entity.Entity.Kind);
                return true;
            case BoundParamReference param:
                text.Append("param ").Append(param.Param.Name);
                return true;
            case BoundLetReference let:
                text.Append("let ").Append(let.Let.Name);
                return true;
            case BoundAsOf:
                text.Append("as_of");
                return true;
            case BoundLambdaParameterReference parameter:
                text.Append("λ ").Append(parameter.Parameter.Name);
                return true;
            case BoundUnaryExpression unary:
                return AppendAll(text, unary.OperatorKind + "(", [unary.Operand], ")");
            case BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or } logical:
                return AppendCommutative(text, logical);
            case BoundBinaryExpression binary:
                return AppendAll(text, binary.OperatorKind + "(", [binary.Left, binary.Right], ")");
            case BoundInExpression @in:
                return AppendAll(text, (@in.Negated ? "NotIn" : "In") + "(", [@in.Value, @in.Collection], ")");
            case BoundBetweenExpression between:
                return AppendAll(text, "Between(", [between.Value, between.Lower, between.Upper], ")");
            case BoundCallExpression call:
                return AppendAll(text, call.Operation + "(", call.Arguments, ")");
            case BoundLambdaExpression lambda:
                text.Append("λ ").Append(lambda.Parameter.Name).Append(" => ");
                Append(text, lambda.Body);
                return true;
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
                return true;
            default:
                // An erroneous node: tied to its position, so that it never matches anything else.
                text.Append("error@").Append(expression.Syntax.Span.Start.ToString(CultureInfo.InvariantCulture));
                return true;
        }
    }

    private static bool AppendAll(StringBuilder text, string open, IEnumerable<BoundExpression> parts, string close)
    {
        text.Append(open);
        var reads = false;
        var first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            reads |= Append(text, part);
        }

        text.Append(close);
        return reads;
    }

    /// <summary>A chain of one logical operator, flattened and sorted: <c>a and (b and c)</c> is <c>And(a, b, c)</c>.</summary>
    private static bool AppendCommutative(StringBuilder text, BoundBinaryExpression logical)
    {
        var operands = new List<string>();
        var reads = false;
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
                var operand = new StringBuilder();
                reads |= Append(operand, current);
                operands.Add(operand.ToString());
            }
        }

        operands.Sort(StringComparer.Ordinal);
        text.Append(logical.OperatorKind).Append('(').Append(string.Join(", ", operands)).Append(')');
        return reads;
    }

    private static void AppendConstant(StringBuilder text, ConstantValue value, RuleType type)
    {
        text.Append(value);
        if (type.IsNumber && !type.Unit.IsDimensionless)
        {
            text.Append(' ').Append(type.Unit.DimensionText);
        }
    }
}
