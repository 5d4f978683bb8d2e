namespace Tao.Rules.Binding;

/// <summary>
/// Computes the value of a bound expression that depends on no fact, no param, no let and no <c>as_of</c>.
/// Logic is Kleene's: <c>x or true</c> is true whatever <c>x</c> is, so it folds.
/// </summary>
public static class ConstantFolder
{
    /// <summary>The value, or null when it depends on something only an evaluation knows (or cannot be computed).</summary>
    public static ConstantValue? TryFold(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Value,
        BoundListExpression list => FoldList(list),
        BoundUnaryExpression unary => FoldUnary(unary),
        BoundBinaryExpression binary => FoldBinary(binary),
        BoundInExpression @in => FoldIn(@in),
        BoundBetweenExpression between => FoldBetween(between),
        BoundCallExpression call => FoldCall(call),
        _ => null,
    };

    private static ConstantValue? FoldList(BoundListExpression list)
    {
        var items = new ConstantValue[list.Elements.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (TryFold(list.Elements[i]) is not { } item)
            {
                return null;
            }

            items[i] = item;
        }

        return ConstantValue.FromList(items);
    }

    private static ConstantValue? FoldUnary(BoundUnaryExpression unary)
    {
        var operand = TryFold(unary.Operand);
        return operand is null ? null
            : unary.OperatorKind == BoundUnaryOperatorKind.Not ? ConstantValue.FromBoolean(!operand.Boolean)
            : ConstantValue.FromNumber(-operand.Number);
    }

    private static ConstantValue? FoldBinary(BoundBinaryExpression binary)
    {
        var kind = binary.OperatorKind;
        if (kind is BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or)
        {
            // Kleene: one decisive side is enough.
            var decisive = kind == BoundBinaryOperatorKind.Or;
            var l = TryFold(binary.Left);
            var r = TryFold(binary.Right);
            if (l?.Boolean == decisive || r?.Boolean == decisive)
            {
                return ConstantValue.FromBoolean(decisive);
            }

            return l is null || r is null ? null : ConstantValue.FromBoolean(!decisive);
        }

        var left = TryFold(binary.Left);
        var right = left is null ? null : TryFold(binary.Right);
        if (left is null || right is null)
        {
            return null;
        }

        switch (kind)
        {
            case BoundBinaryOperatorKind.Add: return Finite(left.Number + right.Number);
            case BoundBinaryOperatorKind.Subtract: return Finite(left.Number - right.Number);
            case BoundBinaryOperatorKind.Multiply: return Finite(left.Number * right.Number);
            case BoundBinaryOperatorKind.Divide: return right.Number == 0 ? null : Finite(left.Number / right.Number);
            case BoundBinaryOperatorKind.AddDays: return MoveDate(left.Date, right.Number, months: false);
            case BoundBinaryOperatorKind.SubtractDays: return MoveDate(left.Date, -right.Number, months: false);
            case BoundBinaryOperatorKind.AddMonths: return MoveDate(left.Date, right.Number, months: true);
            case BoundBinaryOperatorKind.SubtractMonths: return MoveDate(left.Date, -right.Number, months: true);
            case BoundBinaryOperatorKind.DaysBetween: return ConstantValue.FromNumber((left.Date - right.Date).TotalDays);
            default: return Compare(kind, Order(left, right));
        }
    }

    private static ConstantValue? FoldIn(BoundInExpression @in)
    {
        var value = TryFold(@in.Value);
        var list = value is null ? null : TryFold(@in.Collection);
        if (value is null || list?.Items is null)
        {
            return null;
        }

        var found = list.Items.Any(item => item.ValueEquals(value));
        return ConstantValue.FromBoolean(found != @in.Negated);
    }

    private static ConstantValue? FoldBetween(BoundBetweenExpression between)
    {
        var value = TryFold(between.Value);
        var lower = TryFold(between.Lower);
        var upper = TryFold(between.Upper);
        if (value is null || lower is null || upper is null)
        {
            return null;
        }

        return ConstantValue.FromBoolean(Order(lower, value) <= 0 && Order(value, upper) <= 0);
    }

    private static ConstantValue? FoldCall(BoundCallExpression call)
    {
        var arguments = new ConstantValue[call.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (call.Arguments[i] is BoundLambdaExpression || TryFold(call.Arguments[i]) is not { } argument)
            {
                return null;
            }

            arguments[i] = argument;
        }

        switch (call.Operation)
        {
            case BuiltinOperation.Abs: return ConstantValue.FromNumber(Math.Abs(arguments[0].Number));
            case BuiltinOperation.Pow:
                var power = Math.Pow(arguments[0].Number, arguments[1].Number);
                return double.IsNaN(power) || double.IsInfinity(power) ? null : ConstantValue.FromNumber(power);
            case BuiltinOperation.Round: return ConstantValue.FromNumber(Math.Round(arguments[0].Number, MidpointRounding.AwayFromZero));
            case BuiltinOperation.RoundDigits:
                var digits = arguments[1].Number;
                return digits is >= 0 and <= 15 && Math.Floor(digits) == digits
                    ? ConstantValue.FromNumber(Math.Round(arguments[0].Number, (int)digits, MidpointRounding.AwayFromZero))
                    : null;
            case BuiltinOperation.MinOf: return arguments.Aggregate((a, b) => Order(a, b) <= 0 ? a : b);
            case BuiltinOperation.MaxOf: return arguments.Aggregate((a, b) => Order(a, b) >= 0 ? a : b);
            case BuiltinOperation.CountList: return ConstantValue.FromNumber(arguments[0].Items!.Count);
            case BuiltinOperation.SumList: return ConstantValue.FromNumber(arguments[0].Items!.Sum(i => i.Number));
            case BuiltinOperation.DaysBetween: return ConstantValue.FromNumber((arguments[1].Date - arguments[0].Date).TotalDays);
            default: return null;
        }
    }

    /// <summary>Orders two constants of one kind: numbers, dates, strings (ordinal), bools (false first).</summary>
    public static int Order(ConstantValue left, ConstantValue right) => left.Kind switch
    {
        TypeKind.Number => left.Number.CompareTo(right.Number),
        TypeKind.Date => left.Date.CompareTo(right.Date),
        TypeKind.Bool => left.Boolean.CompareTo(right.Boolean),
        _ => string.CompareOrdinal(left.Text, right.Text),
    };

    private static ConstantValue Compare(BoundBinaryOperatorKind kind, int order) => ConstantValue.FromBoolean(kind switch
    {
        BoundBinaryOperatorKind.Equal => order == 0,
        BoundBinaryOperatorKind.NotEqual => order != 0,
        BoundBinaryOperatorKind.Less => order < 0,
        BoundBinaryOperatorKind.LessOrEqual => order <= 0,
        BoundBinaryOperatorKind.Greater => order > 0,
        _ => order >= 0,
    });

    private static ConstantValue? Finite(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? null : ConstantValue.FromNumber(value);

    private static ConstantValue? MoveDate(DateTime date, double amount, bool months)
    {
        try
        {
            return ConstantValue.FromDate(months ? date.AddMonths(checked((int)amount)) : date.AddDays(Math.Truncate(amount)));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
