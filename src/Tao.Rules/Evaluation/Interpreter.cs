using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation;

/// <summary>
/// The reference semantics: evaluates bound expressions directly over an <see cref="EvaluationRun"/>. Kleene logic
/// (<c>and</c>/<c>or</c> short-circuit on a decisive left side and otherwise evaluate both), a missing operand makes a
/// comparison or arithmetic unknown, <c>has</c> is never unknown, errors (division by zero) throw
/// <see cref="RuleEvaluationException"/>. With a <see cref="TraceRecorder"/> it also records each comparison and every
/// missing fact (trace mode, for explanations). One instance per thread.
/// </summary>
internal sealed class Interpreter(EvaluationRun run, TraceRecorder? trace)
{
    private readonly List<KeyValuePair<BoundLambdaParameter, RuntimeValue>> _lambdaScope = [];

    public int EvaluateTruth(BoundExpression expression, int row) => Evaluate(expression, row).Truth;

    public RuntimeValue Evaluate(BoundExpression expression, int row)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return run.Pack.Constant(literal);
            case BoundListExpression list:
                return EvaluateList(list, row);
            case BoundFieldAccess field:
                return ReadField(field, row);
            case BoundEntityReference:
                return RuntimeValue.True;
            case BoundParamReference param:
                return run.Params[param.Param.Index];
            case BoundLetReference let:
                return ReadLet(let, row);
            case BoundAsOf:
                return RuntimeValue.FromDay(run.AsOfDay);
            case BoundLambdaParameterReference parameter:
                return ReadLambdaParameter(parameter.Parameter);
            case BoundUnaryExpression unary:
                return unary.OperatorKind == BoundUnaryOperatorKind.Not
                    ? RuntimeValue.FromTruth(RuntimeOps.Not(Evaluate(unary.Operand, row).Truth))
                    : RuntimeValue.FromNumber(RuntimeOps.Negate(Evaluate(unary.Operand, row).NumberOrNaN));
            case BoundBinaryExpression binary:
                return EvaluateBinary(binary, row);
            case BoundInExpression @in:
                return EvaluateIn(@in, row);
            case BoundBetweenExpression between:
                return EvaluateBetween(between, row);
            case BoundCallExpression call:
                return EvaluateCall(call, row);
            case BoundRuleFunctionCall function:
                return EvaluateRuleFunction(function, row);
            case BoundPopulationAggregate aggregate:
                return ReadAggregate(aggregate, row);
            default:
                throw new RuleEvaluationException($"'{expression.Syntax.Span}' cannot be evaluated");
        }
    }

    private RuntimeValue EvaluateList(BoundListExpression list, int row)
    {
        if (run.Pack.TryGetConstant(list, out var constant))
        {
            return constant;
        }

        var items = new RuntimeValue[list.Elements.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Evaluate(list.Elements[i], row);
        }

        return RuntimeValue.FromList(items);
    }

    private RuntimeValue ReadField(BoundFieldAccess field, int row)
    {
        var index = run.Pack.FieldIndex(field);
        var value = run.ReadField(index, row);
        if (trace is not null)
        {
            if (value.IsUnknown)
            {
                trace.AddMissing($"{field.Entity.Kind}.{field.Field.Name}");
            }

            if (field.Type.Kind == TypeKind.Bool)
            {
                RecordCondition(field, value, row);
            }
        }

        return value;
    }

    private RuntimeValue ReadLet(BoundLetReference reference, int row)
    {
        var let = reference.Let;
        var value = EvaluationRun.Checked(run.Lets[let.Index][row]);
        if (trace is null)
        {
            return value;
        }

        // A yes/no let used as a condition is shown with the comparisons inside it; any other let only when unknown,
        // to name the facts behind it (not only the let): that is what someone has to go and find.
        if (trace.LetDepth >= TraceRecorder.MaxLetDepth)
        {
            if (value.IsUnknown)
            {
                trace.AddMissing(let.Name);
            }

            return value;
        }

        var shown = let.Type.Kind == TypeKind.Bool && trace.QuietDepth == 0;
        if (shown)
        {
            RecordCondition(reference, value, row);
        }

        if (!shown && !value.IsUnknown)
        {
            return value;
        }

        var before = trace.Missing.Count;
        if (!shown)
        {
            trace.QuietDepth++;
        }

        trace.LetDepth++;
        try
        {
            Evaluate(let.Expression, row);
        }
        catch (RuleEvaluationException)
        {
            // The let's own value (an error) was reported when it was read.
        }
        finally
        {
            trace.LetDepth--;
            if (!shown)
            {
                trace.QuietDepth--;
            }
        }

        if (value.IsUnknown && trace.Missing.Count == before)
        {
            trace.AddMissing(let.Name);
        }

        return value;
    }

    /// <summary>A yes/no fact or let used directly as a condition (<c>not asset.has_privacy_feature</c>): show its value.</summary>
    private void RecordCondition(BoundExpression node, RuntimeValue value, int row)
    {
        if (trace is null || trace.QuietDepth > 0)
        {
            return;
        }

        var text = ValueText.Format(value, node.Type);
        trace.Comparisons.Add(new ComparisonTrace(trace.Clause, node.Syntax.Span.ToString(), "is", text, string.Empty, ValueText.Truth(value.Truth), Sources(row, node)));
    }

    private RuntimeValue ReadLambdaParameter(BoundLambdaParameter parameter)
    {
        for (var i = _lambdaScope.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_lambdaScope[i].Key, parameter))
            {
                return _lambdaScope[i].Value;
            }
        }

        throw new RuleEvaluationException($"'{parameter.Name}' is used outside its lambda");
    }

    private RuntimeValue ReadAggregate(BoundPopulationAggregate aggregate, int row)
    {
        var state = run.Aggregates[aggregate.Index];
        var value = state.Read();
        if (value.IsUnknown)
        {
            if (trace is not null)
            {
                trace.AddMissing(state.Missing ?? aggregate.Syntax.Span.ToString());
            }

            return value;
        }

        if (aggregate.Aggregate != AggregateKind.Rank)
        {
            return value;
        }

        var own = Evaluate(aggregate.Value ?? aggregate.Selector, row).NumberOrNaN;
        return RuntimeValue.FromNumber(state.Rank(own));
    }

    private RuntimeValue EvaluateBinary(BoundBinaryExpression binary, int row)
    {
        var kind = binary.OperatorKind;
        if (kind is BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or)
        {
            var decisive = kind == BoundBinaryOperatorKind.Or ? RuntimeOps.True : RuntimeOps.False;
            var left = Evaluate(binary.Left, row).Truth;
            if (left == decisive)
            {
                return RuntimeValue.FromTruth(decisive);
            }

            var right = Evaluate(binary.Right, row).Truth;
            if (right == decisive)
            {
                return RuntimeValue.FromTruth(decisive);
            }

            return RuntimeValue.FromTruth(left == RuntimeOps.Unknown || right == RuntimeOps.Unknown ? RuntimeOps.Unknown : 1 - decisive);
        }

        var l = Evaluate(binary.Left, row);
        var r = Evaluate(binary.Right, row);
        switch (kind)
        {
            case BoundBinaryOperatorKind.Add: return RuntimeValue.FromNumber(RuntimeOps.Add(l.NumberOrNaN, r.NumberOrNaN));
            case BoundBinaryOperatorKind.Subtract: return RuntimeValue.FromNumber(RuntimeOps.Subtract(l.NumberOrNaN, r.NumberOrNaN));
            case BoundBinaryOperatorKind.Multiply: return RuntimeValue.FromNumber(RuntimeOps.Multiply(l.NumberOrNaN, r.NumberOrNaN));
            case BoundBinaryOperatorKind.Divide: return RuntimeValue.FromNumber(RuntimeOps.Divide(l.NumberOrNaN, r.NumberOrNaN));
            case BoundBinaryOperatorKind.AddDays: return RuntimeValue.FromDay(RuntimeOps.AddDays(l.NumberOrNaN, r.NumberOrNaN));
            case BoundBinaryOperatorKind.SubtractDays: return RuntimeValue.FromDay(RuntimeOps.AddDays(l.NumberOrNaN, RuntimeOps.Negate(r.NumberOrNaN)));
            case BoundBinaryOperatorKind.AddMonths: return RuntimeValue.FromDay(RuntimeOps.AddMonths(l.NumberOrNaN, r.NumberOrNaN));
            case BoundBinaryOperatorKind.SubtractMonths: return RuntimeValue.FromDay(RuntimeOps.AddMonths(l.NumberOrNaN, RuntimeOps.Negate(r.NumberOrNaN)));
            case BoundBinaryOperatorKind.DaysBetween: return RuntimeValue.FromNumber(RuntimeOps.DaysBetween(l.NumberOrNaN, r.NumberOrNaN));
        }

        var op = kind - BoundBinaryOperatorKind.Equal;
        var result = binary.OperandKind switch
        {
            TypeKind.Number or TypeKind.Date => RuntimeOps.Compare(l.NumberOrNaN, r.NumberOrNaN, op),
            TypeKind.Bool => RuntimeOps.CompareTruth(l.Truth, r.Truth, op),
            _ => RuntimeOps.CompareText(l.Text, r.Text, op),
        };
        Record(binary, OperatorText(kind), binary.Left, l, binary.Right, r, result, row);
        return RuntimeValue.FromTruth(result);
    }

    private RuntimeValue EvaluateIn(BoundInExpression @in, int row)
    {
        var value = Evaluate(@in.Value, row);
        var collection = Evaluate(@in.Collection, row);
        int result;
        if (value.IsUnknown || collection.IsUnknown)
        {
            result = RuntimeOps.Unknown;
        }
        else
        {
            var found = RuntimeOps.False;
            foreach (var item in collection.Items!)
            {
                var equal = item.IsUnknown ? RuntimeOps.Unknown
                    : value.Kind is ValueKind.String ? RuntimeOps.CompareText(value.Text, item.Text, 0)
                    : value.Kind is ValueKind.Bool ? RuntimeOps.CompareTruth(value.Truth, item.Truth, 0)
                    : RuntimeOps.Compare(value.NumberOrNaN, item.NumberOrNaN, 0);
                if (equal == RuntimeOps.True)
                {
                    found = RuntimeOps.True;
                    break;
                }

                if (equal == RuntimeOps.Unknown)
                {
                    found = RuntimeOps.Unknown;
                }
            }

            result = @in.Negated ? RuntimeOps.Not(found) : found;
        }

        Record(@in, @in.Negated ? "not in" : "in", @in.Value, value, @in.Collection, collection, result, row);
        return RuntimeValue.FromTruth(result);
    }

    private RuntimeValue EvaluateBetween(BoundBetweenExpression between, int row)
    {
        var value = Evaluate(between.Value, row);
        var lower = Evaluate(between.Lower, row);
        var upper = Evaluate(between.Upper, row);
        var result = RuntimeOps.Between(value.NumberOrNaN, lower.NumberOrNaN, upper.NumberOrNaN);
        if (trace is not null && trace.QuietDepth == 0)
        {
            var threshold = ValueText.Format(lower, between.Lower.Type) + " and " + ValueText.Format(upper, between.Upper.Type);
            trace.Comparisons.Add(new ComparisonTrace(
                trace.Clause,
                between.Syntax.Span.ToString(),
                "between",
                ValueText.Format(value, between.Value.Type),
                threshold,
                ValueText.Truth(result),
                Sources(row, between.Value, between.Lower, between.Upper)));
        }

        return RuntimeValue.FromTruth(result);
    }

    private RuntimeValue EvaluateCall(BoundCallExpression call, int row)
    {
        var arguments = call.Arguments;
        switch (call.Operation)
        {
            case BuiltinOperation.Has:
                return EvaluateHas(call, row);
            case BuiltinOperation.AnyList:
            case BuiltinOperation.AllList:
                return EvaluateQuantifier(call, row);
            case BuiltinOperation.Abs:
                return RuntimeValue.FromNumber(RuntimeOps.Abs(Evaluate(arguments[0], row).NumberOrNaN));
            case BuiltinOperation.Pow:
                var powerBase = Evaluate(arguments[0], row).NumberOrNaN;
                return RuntimeValue.FromNumber(RuntimeOps.Pow(powerBase, Evaluate(arguments[1], row).NumberOrNaN));
            case BuiltinOperation.Round:
                return RuntimeValue.FromNumber(RuntimeOps.Round(Evaluate(arguments[0], row).NumberOrNaN));
            case BuiltinOperation.RoundDigits:
                var number = Evaluate(arguments[0], row).NumberOrNaN;
                return RuntimeValue.FromNumber(RuntimeOps.RoundDigits(number, Evaluate(arguments[1], row).NumberOrNaN));
            case BuiltinOperation.DaysBetween:
                var from = Evaluate(arguments[0], row).NumberOrNaN;
                return RuntimeValue.FromNumber(RuntimeOps.DaysBetween(Evaluate(arguments[1], row).NumberOrNaN, from));
            case BuiltinOperation.MinOf:
            case BuiltinOperation.MaxOf:
                var best = Evaluate(arguments[0], row).NumberOrNaN;
                for (var i = 1; i < arguments.Count; i++)
                {
                    var next = Evaluate(arguments[i], row).NumberOrNaN;
                    best = call.Operation == BuiltinOperation.MinOf ? RuntimeOps.Min(best, next) : RuntimeOps.Max(best, next);
                }

                return Wrap(best, call.Type);
        }

        if (call.Operation is not (BuiltinOperation.CountList or BuiltinOperation.SumList or BuiltinOperation.AvgList or BuiltinOperation.MinList or BuiltinOperation.MaxList))
        {
            throw new RuleEvaluationException($"the built-in '{call.Function.Name}' cannot be evaluated");
        }

        var list = Evaluate(arguments[0], row);
        if (list.IsUnknown)
        {
            return RuntimeValue.Unknown;
        }

        var items = list.Items!;
        if (call.Operation == BuiltinOperation.CountList)
        {
            return RuntimeValue.FromNumber(items.Length);
        }

        foreach (var item in items)
        {
            if (item.IsUnknown)
            {
                return RuntimeValue.Unknown;
            }
        }

        switch (call.Operation)
        {
            case BuiltinOperation.SumList:
                var sum = 0.0;
                foreach (var item in items)
                {
                    sum = RuntimeOps.Add(sum, item.Scalar);
                }

                return RuntimeValue.FromNumber(sum);
            case BuiltinOperation.AvgList:
                if (items.Length == 0)
                {
                    return RuntimeValue.Unknown;
                }

                var total = 0.0;
                foreach (var item in items)
                {
                    total = RuntimeOps.Add(total, item.Scalar);
                }

                return RuntimeValue.FromNumber(total / items.Length);
            default:
                if (items.Length == 0)
                {
                    return RuntimeValue.Unknown;
                }

                var extreme = items[0].Scalar;
                foreach (var item in items)
                {
                    extreme = call.Operation == BuiltinOperation.MinList ? RuntimeOps.Min(extreme, item.Scalar) : RuntimeOps.Max(extreme, item.Scalar);
                }

                return Wrap(extreme, call.Type);
        }
    }

    /// <summary>Every argument in order; an unknown one makes the result unknown without calling the method.</summary>
    private RuntimeValue EvaluateRuleFunction(BoundRuleFunctionCall call, int row)
    {
        var function = call.Function;
        var values = new RuntimeValue[call.Arguments.Count];
        var unknown = false;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(call.Arguments[i], row);
            unknown |= values[i].IsUnknown;
        }

        if (unknown)
        {
            return RuntimeValue.Unknown;
        }

        var method = function.Method ?? throw new RuleEvaluationException($"the function '{function.Name}' is known by its signature only; load its assembly to evaluate it");
        var arguments = new object[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            arguments[i] = RuleFunctionValues.Argument(values[i], function, function.Parameters[i]);
        }

        object? result;
        try
        {
            result = method.Invoke(null, System.Reflection.BindingFlags.DoNotWrapExceptions, null, arguments, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception)
        {
            throw RuleFunctionValues.Failure(function.Name, exception);
        }

        return RuleFunctionValues.Result(result, function);
    }

    private RuntimeValue EvaluateHas(BoundCallExpression call, int row)
    {
        var argument = call.Arguments[0];
        bool present;
        if (argument is BoundFieldAccess field)
        {
            present = run.IsPresent(run.Pack.FieldIndex(field), row);
        }
        else if (argument is BoundLetReference let)
        {
            present = !EvaluationRun.Checked(run.Lets[let.Let.Index][row]).IsUnknown;
        }
        else
        {
            // has() asks about presence: evaluate without recording the missing facts it is asking about.
            present = !new Interpreter(run, null).Evaluate(argument, row).IsUnknown;
        }

        var result = present ? RuntimeOps.True : RuntimeOps.False;
        if (trace is not null && trace.QuietDepth == 0)
        {
            trace.Comparisons.Add(new ComparisonTrace(
                trace.Clause,
                call.Syntax.Span.ToString(),
                "has",
                present ? "present" : "missing",
                string.Empty,
                ValueText.Truth(result),
                present ? Sources(row, argument) : []));
        }

        return RuntimeValue.FromBool(present);
    }

    private RuntimeValue EvaluateQuantifier(BoundCallExpression call, int row)
    {
        var list = Evaluate(call.Arguments[0], row);
        if (list.IsUnknown)
        {
            return RuntimeValue.Unknown;
        }

        var lambda = (BoundLambdaExpression)call.Arguments[1];
        var decisive = call.Operation == BuiltinOperation.AnyList ? RuntimeOps.True : RuntimeOps.False;
        var sawUnknown = false;
        foreach (var item in list.Items!)
        {
            _lambdaScope.Add(new KeyValuePair<BoundLambdaParameter, RuntimeValue>(lambda.Parameter, item));
            int truth;
            try
            {
                truth = Evaluate(lambda.Body, row).Truth;
            }
            finally
            {
                _lambdaScope.RemoveAt(_lambdaScope.Count - 1);
            }

            if (truth == decisive)
            {
                return RuntimeValue.FromTruth(decisive);
            }

            sawUnknown |= truth == RuntimeOps.Unknown;
        }

        return sawUnknown ? RuntimeValue.Unknown : RuntimeValue.FromTruth(1 - decisive);
    }

    private static RuntimeValue Wrap(double value, RuleType type) =>
        type.Kind == TypeKind.Date ? RuntimeValue.FromDay(value) : RuntimeValue.FromNumber(value);

    private void Record(BoundExpression node, string op, BoundExpression left, RuntimeValue l, BoundExpression right, RuntimeValue r, int result, int row)
    {
        if (trace is null || trace.QuietDepth > 0)
        {
            return;
        }

        trace.Comparisons.Add(new ComparisonTrace(
            trace.Clause,
            node.Syntax.Span.ToString(),
            op,
            ValueText.Format(l, left.Type),
            ValueText.Format(r, right.Type),
            ValueText.Truth(result),
            Sources(row, left, right)));
    }

    private IReadOnlyList<FactSource> Sources(int row, params BoundExpression[] operands)
    {
        var sources = new List<FactSource>();
        foreach (var operand in operands)
        {
            foreach (var field in FieldsOf.Entity(operand))
            {
                var fact = $"{field.Entity.Kind}.{field.Field.Name}";
                if (sources.Exists(s => s.Fact == fact))
                {
                    continue;
                }

                var index = run.TableFieldIndex[run.Pack.FieldIndex(field.Field.Name)];
                if (index >= 0 && run.Facts.TryGetEvidence(row, index, out var evidence))
                {
                    sources.Add(new FactSource(fact, evidence.Source ?? run.Facts.Source, evidence.AsOf ?? run.Facts.AsOf, evidence.Location.Path, evidence.Location.StartPosition.Line));
                }
                else if (index >= 0 && run.IsPresent(run.Pack.FieldIndex(field.Field.Name), row))
                {
                    sources.Add(new FactSource(fact, run.Facts.Source, run.Facts.AsOf, run.Facts.Path, run.Facts.GetRowLocation(row).StartPosition.Line));
                }
            }
        }

        return sources;
    }

    private static string OperatorText(BoundBinaryOperatorKind kind) => kind switch
    {
        BoundBinaryOperatorKind.Equal => "==",
        BoundBinaryOperatorKind.NotEqual => "!=",
        BoundBinaryOperatorKind.Less => "<",
        BoundBinaryOperatorKind.LessOrEqual => "<=",
        BoundBinaryOperatorKind.Greater => ">",
        _ => ">=",
    };
}
