using Tao.Rules.Binding;
using Tao.Rules.Schema;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// Turns a rule's <c>when</c> and <c>require</c> into trees of block nodes (<see cref="NumberNode"/>, <see cref="TruthNode"/>)
/// that evaluate a block of rows per call, with the semantics of <see cref="ExpressionCompiler"/>. Slots are given out
/// as on a stack: an operation's result replaces its first operand, its second operand takes the next slot. What is not
/// handled here (string fields, lists, lambdas) leaves the rule to the row-by-row compiled groups.
/// </summary>
internal sealed class ColumnarCompiler(CompiledPack pack)
{
    public int NumberSlots { get; private set; }

    public int TruthSlots { get; private set; } = 2;

    /// <summary>The rule's block nodes (<c>when</c> in truth slot 0, <c>require</c> in slot 1), or null when it is not columnar.</summary>
    public ColumnarRule? TryCompile(BoundRule rule)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return null; // presence words are read as bytes
        }

        try
        {
            var when = rule.When is null ? null : Truth(rule.When, 0, 0);
            var require = rule.Require is null ? new ConstantTruthNode(1, static _ => RuntimeOps.True) : Truth(rule.Require, 1, 0);
            return new ColumnarRule(rule, when, require);
        }
        catch (NotColumnarException)
        {
            return null;
        }
    }

    private TruthNode Truth(BoundExpression expression, int slot, int numbers)
    {
        TruthSlots = Math.Max(TruthSlots, slot + 1);
        switch (expression)
        {
            case BoundLiteral literal:
                var truth = pack.Constant(literal).Truth;
                return new ConstantTruthNode(slot, _ => truth);
            case BoundFieldAccess { Field.Type: FieldType.Bool } field:
                return new BoolFieldNode(slot, pack.FieldIndex(field.Field.Name));
            case BoundParamReference param:
                var index = param.Param.Index;
                return new ConstantTruthNode(slot, run => run.ParamTruths[index]);
            case BoundLetReference let:
                return new LetTruthNode(slot, let.Let.Index, has: false);
            case BoundUnaryExpression { OperatorKind: BoundUnaryOperatorKind.Not } not:
                return new NotNode(Truth(not.Operand, slot, numbers));
            case BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or } logic:
                return new TruthTableNode(
                    Truth(logic.Left, slot, numbers),
                    Truth(logic.Right, slot + 1, numbers),
                    logic.OperatorKind == BoundBinaryOperatorKind.And ? TruthTables.And : TruthTables.Or);
            case BoundBinaryExpression comparison when comparison.OperatorKind >= BoundBinaryOperatorKind.Equal:
                var op = comparison.OperatorKind - BoundBinaryOperatorKind.Equal;
                return comparison.OperandKind switch
                {
                    TypeKind.Number or TypeKind.Date => new NumberComparisonNode(slot, Number(comparison.Left, numbers), Number(comparison.Right, numbers + 1), op),
                    TypeKind.Bool => new TruthTableNode(Truth(comparison.Left, slot, numbers), Truth(comparison.Right, slot + 1, numbers), TruthTables.CompareTruth(op)),
                    TypeKind.String or TypeKind.Enum => EnumComparison(comparison, op, slot),
                    _ => throw new NotColumnarException(),
                };
            case BoundInExpression { OperandKind: TypeKind.String or TypeKind.Enum, Value: BoundFieldAccess { Field.Type: FieldType.Enum } field } @in
                when pack.TryGetConstant(@in.Collection, out var texts) && texts.Items is { } names:
                var members = names.Select(i => i.Text!).ToArray();
                var negated = @in.Negated;
                return new EnumTestNode(slot, pack.FieldIndex(field.Field.Name), [.. field.Field.EnumValues], (_, name) => RuntimeOps.InTexts(name, members, negated));
            case BoundInExpression { OperandKind: TypeKind.Number or TypeKind.Date } @in
                when pack.TryGetConstant(@in.Collection, out var list) && list.Items is { } items:
                return new InNumbersNode(slot, Number(@in.Value, numbers), items.Select(i => i.NumberOrNaN).ToArray(), @in.Negated);
            case BoundBetweenExpression between:
                return new BetweenNode(slot, Number(between.Value, numbers), Number(between.Lower, numbers + 1), Number(between.Upper, numbers + 2));
            case BoundCallExpression { Operation: BuiltinOperation.Has } has:
                return has.Arguments[0] switch
                {
                    BoundFieldAccess field => new HasFieldNode(slot, pack.FieldIndex(field.Field.Name)),
                    BoundLetReference let => new LetTruthNode(slot, let.Let.Index, has: true),
                    _ => throw new NotColumnarException(),
                };
            default:
                throw new NotColumnarException();
        }
    }

    /// <summary>An enum field compared with a text literal or param, either way round, as <see cref="RuntimeOps.CompareText"/> does.</summary>
    private EnumTestNode EnumComparison(BoundBinaryExpression comparison, int op, int slot)
    {
        var (field, other, fieldOnLeft) = comparison switch
        {
            { Left: BoundFieldAccess { Field.Type: FieldType.Enum } left } => (left, comparison.Right, true),
            { Right: BoundFieldAccess { Field.Type: FieldType.Enum } right } => (right, comparison.Left, false),
            _ => throw new NotColumnarException(),
        };
        Func<EvaluationRun, string?> text = other switch
        {
            BoundLiteral literal when pack.Constant(literal).Text is { } constant => _ => constant,
            BoundParamReference param when param.Param.Index is var index => run => run.ParamTexts[index],
            _ => throw new NotColumnarException(),
        };
        return new EnumTestNode(
            slot,
            pack.FieldIndex(field.Field.Name),
            [.. field.Field.EnumValues],
            fieldOnLeft ? (run, name) => RuntimeOps.CompareText(name, text(run), op) : (run, name) => RuntimeOps.CompareText(text(run), name, op));
    }

    private NumberNode Number(BoundExpression expression, int slot)
    {
        NumberSlots = Math.Max(NumberSlots, slot + 1);
        switch (expression)
        {
            case BoundLiteral literal:
                var value = pack.Constant(literal).NumberOrNaN;
                return new ConstantNumberNode(slot, _ => value);
            case BoundFieldAccess field:
                var index = pack.FieldIndex(field.Field.Name);
                return field.Field.Type switch
                {
                    FieldType.Number or FieldType.Int => new FieldNumberNode(slot, index),
                    FieldType.Date => new DateFieldNode(slot, index),
                    _ => throw new NotColumnarException(),
                };
            case BoundParamReference param:
                var paramIndex = param.Param.Index;
                return new ConstantNumberNode(slot, run => run.ParamNumbers[paramIndex]);
            case BoundLetReference let:
                return new LetNumberNode(slot, let.Let.Index);
            case BoundAsOf:
                return new ConstantNumberNode(slot, static run => run.AsOfDay);
            case BoundUnaryExpression { OperatorKind: BoundUnaryOperatorKind.Negate } negate:
                return new SignNode(Number(negate.Operand, slot), absolute: false);
            case BoundBinaryExpression binary:
                return Arithmetic(binary, slot);
            case BoundCallExpression call:
                return Call(call, slot);
            case BoundPopulationAggregate { Aggregate: AggregateKind.Rank } rank:
                var rankIndex = rank.Index;
                return new ScalarNumberNode(Number(rank.Value ?? rank.Selector, slot), null, (run, v, _) => run.ReadRank(rankIndex, v));
            case BoundPopulationAggregate aggregate:
                return new AggregateNumberNode(slot, aggregate.Index);
            default:
                throw new NotColumnarException();
        }
    }

    private NumberNode Arithmetic(BoundBinaryExpression binary, int slot)
    {
        var left = Number(binary.Left, slot);
        var right = Number(binary.Right, slot + 1);
        return binary.OperatorKind switch
        {
            BoundBinaryOperatorKind.Add or BoundBinaryOperatorKind.Subtract or BoundBinaryOperatorKind.Multiply or BoundBinaryOperatorKind.Divide =>
                new ArithmeticNode(left, right, binary.OperatorKind),
            BoundBinaryOperatorKind.AddDays => new ScalarNumberNode(left, right, static (_, a, b) => RuntimeOps.AddDays(a, b)),
            BoundBinaryOperatorKind.SubtractDays => new ScalarNumberNode(left, right, static (_, a, b) => RuntimeOps.AddDays(a, RuntimeOps.Negate(b))),
            BoundBinaryOperatorKind.AddMonths => new ScalarNumberNode(left, right, static (_, a, b) => RuntimeOps.AddMonths(a, b)),
            BoundBinaryOperatorKind.SubtractMonths => new ScalarNumberNode(left, right, static (_, a, b) => RuntimeOps.AddMonths(a, RuntimeOps.Negate(b))),
            BoundBinaryOperatorKind.DaysBetween => new ScalarNumberNode(left, right, static (_, a, b) => RuntimeOps.DaysBetween(a, b)),
            _ => throw new NotColumnarException(),
        };
    }

    private NumberNode Call(BoundCallExpression call, int slot)
    {
        var arguments = call.Arguments;
        switch (call.Operation)
        {
            case BuiltinOperation.Abs:
                return new SignNode(Number(arguments[0], slot), absolute: true);
            case BuiltinOperation.Pow:
                return new ScalarNumberNode(Number(arguments[0], slot), Number(arguments[1], slot + 1), static (_, a, b) => RuntimeOps.Pow(a, b));
            case BuiltinOperation.Round:
                return new ScalarNumberNode(Number(arguments[0], slot), null, static (_, a, _) => RuntimeOps.Round(a));
            case BuiltinOperation.RoundDigits:
                return new ScalarNumberNode(Number(arguments[0], slot), Number(arguments[1], slot + 1), static (_, a, b) => RuntimeOps.RoundDigits(a, b));
            case BuiltinOperation.DaysBetween:
                return new ScalarNumberNode(Number(arguments[0], slot), Number(arguments[1], slot + 1), static (_, from, to) => RuntimeOps.DaysBetween(to, from));
            case BuiltinOperation.MinOf or BuiltinOperation.MaxOf:
                var best = Number(arguments[0], slot);
                for (var i = 1; i < arguments.Count; i++)
                {
                    best = new MinMaxNode(best, Number(arguments[i], slot + 1), max: call.Operation == BuiltinOperation.MaxOf);
                }

                return best;
            default:
                throw new NotColumnarException();
        }
    }

    /// <summary>Thrown while building nodes for what the row-by-row compiler handles instead.</summary>
    private sealed class NotColumnarException : Exception;
}
