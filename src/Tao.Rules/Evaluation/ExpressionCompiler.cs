using System.Linq.Expressions;
using System.Reflection;
using FastExpressionCompiler;
using Tao.Rules.Binding;
using Tao.Rules.Facts;
using Tao.Rules.Schema;

namespace Tao.Rules.Evaluation;

/// <summary>
/// Compiles bound expressions to delegates over an <see cref="EvaluationRun"/> with System.Linq.Expressions. Values are
/// unboxed: numbers and dates (day numbers) are doubles with NaN for unknown, strings are null when unknown, bools are
/// ints (0 false, 1 true, 2 unknown). Facts are read straight from the fact table's arrays and presence bits, so a
/// compiled condition allocates nothing. Arithmetic goes through <see cref="RuntimeOps"/>, exactly as the interpreter
/// does. Lists and lambdas are not compiled: <c>TryCompile…</c> returns null and the interpreter evaluates them.
/// Expression trees are built at once (cheap) and turned into IL on first use, so compiling a large pack is quick.
/// </summary>
internal sealed class ExpressionCompiler(CompiledPack pack)
{
    private static readonly ParameterExpression Run = Expression.Parameter(typeof(EvaluationRun), "run");
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(int), "row");
    private static readonly MethodInfo IsNaN = typeof(double).GetMethod(nameof(double.IsNaN), [typeof(double)])!;

    private readonly List<Expression> _columnInitializers = [];
    private Dictionary<string, ParameterExpression>? _columnLocals;

    public Func<EvaluationRun, int, RuntimeValue>? TryCompileValue(BoundExpression expression)
    {
        try
        {
            Expression body = expression.Type.Kind switch
            {
                TypeKind.Bool => Call(typeof(RuntimeValue), nameof(RuntimeValue.FromTruth), Truth(expression)),
                TypeKind.Number => Call(typeof(RuntimeValue), nameof(RuntimeValue.FromNumber), Number(expression)),
                TypeKind.Date => Call(typeof(RuntimeValue), nameof(RuntimeValue.FromDay), Number(expression)),
                TypeKind.String or TypeKind.Enum => Call(typeof(RuntimeValue), nameof(RuntimeValue.FromString), Text(expression)),
                _ => throw new NotCompiledException(),
            };
            return new LazyDelegate<RuntimeValue>(Expression.Lambda<Func<EvaluationRun, int, RuntimeValue>>(body, Run, Row)).Invoke;
        }
        catch (NotCompiledException)
        {
            return null;
        }
    }

    public Func<EvaluationRun, int, int>? TryCompileTruth(BoundExpression expression)
    {
        try
        {
            var body = Truth(expression);
            return new LazyDelegate<int>(Expression.Lambda<Func<EvaluationRun, int, int>>(body, Run, Row)).Invoke;
        }
        catch (NotCompiledException)
        {
            return null;
        }
    }

    /// <summary>
    /// One delegate for a whole rule, returning its <see cref="Outcome"/> as an int, with the semantics of
    /// <see cref="CompiledPack.Decide"/>: one method to JIT per rule rather than two. Null when a condition is not compiled.
    /// </summary>
    public Func<EvaluationRun, int, int>? TryCompileRule(BoundRule rule)
    {
        try
        {
            return new LazyDelegate<int>(Expression.Lambda<Func<EvaluationRun, int, int>>(RuleOutcome(rule), Run, Row)).Invoke;
        }
        catch (NotCompiledException)
        {
            return null;
        }
    }

    /// <summary>
    /// One delegate for several compiled rules that loops over the entities itself, from <c>start</c> to the end,
    /// writing each outcome to <c>outcomes[row * ruleCount + rule.Index]</c>: no delegate call per entity and rule, and
    /// the column arrays loaded once. It records the row it is on in <see cref="EvaluationRun.GroupRow"/>, so that when
    /// a rule throws (division by zero), the caller can evaluate that row rule by rule and resume after it.
    /// </summary>
    public RuleGroup CompileRuleGroup(IReadOnlyList<BoundRule> rules, int ruleCount)
    {
        _columnLocals = [];
        _columnInitializers.Clear();
        try
        {
            var outcomes = Expression.Parameter(typeof(byte[]), "outcomes");
            var start = Expression.Parameter(typeof(int), "start");
            var first = Expression.Variable(typeof(int), "first");
            var end = Expression.Label("end");
            var body = new List<Expression>
            {
                Expression.Assign(Expression.Field(Run, nameof(EvaluationRun.GroupRow)), Row),
                Expression.Assign(first, Expression.Multiply(Row, Expression.Constant(ruleCount))),
            };
            foreach (var rule in rules)
            {
                body.Add(Expression.Assign(
                    Expression.ArrayAccess(outcomes, Expression.Add(first, Expression.Constant(rule.Index))),
                    Expression.Convert(RuleOutcome(rule), typeof(byte))));
            }

            body.Add(Expression.PreIncrementAssign(Row));
            var loop = Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(Row, Expression.Field(Run, nameof(EvaluationRun.Rows))),
                    Expression.Block(body),
                    Expression.Break(end)),
                end);
            var statements = new List<Expression>(_columnInitializers) { Expression.Assign(Row, start), loop };
            var variables = new List<ParameterExpression>(_columnLocals.Values) { Row, first };
            var lambda = Expression.Lambda<Action<EvaluationRun, byte[], int>>(Expression.Block(variables, statements), Run, outcomes, start);
            return new RuleGroup(
                rules.ToArray(),
                new Lazy<Action<EvaluationRun, byte[], int>>(() => lambda.CompileFast(ifFastFailedReturnNull: true) ?? lambda.Compile(), LazyThreadSafetyMode.ExecutionAndPublication));
        }
        finally
        {
            _columnLocals = null;
            _columnInitializers.Clear();
        }
    }

    private Expression RuleOutcome(BoundRule rule)
    {
        var applies = Expression.Variable(typeof(int), "applies");
        var holds = Expression.Variable(typeof(int), "holds");
        return Expression.Block(
            [applies, holds],
            Expression.Assign(applies, rule.When is null ? Expression.Constant(RuntimeOps.True) : Truth(rule.When)),
            Expression.Condition(
                Expression.Equal(applies, Expression.Constant(RuntimeOps.False)),
                Expression.Constant((int)Outcome.NotApplicable),
                Expression.Block(
                    Expression.Assign(holds, rule.Require is null ? Expression.Constant(RuntimeOps.True) : Truth(rule.Require)),
                    Expression.Condition(
                        Expression.Equal(applies, Expression.Constant(RuntimeOps.Unknown)),
                        Expression.Constant((int)Outcome.Unknown),
                        Expression.Condition(
                            Expression.Equal(holds, Expression.Constant(RuntimeOps.True)),
                            Expression.Constant((int)Outcome.Pass),
                            Expression.Condition(
                                Expression.Equal(holds, Expression.Constant(RuntimeOps.False)),
                                Expression.Constant((int)Outcome.Fail),
                                Expression.Constant((int)Outcome.Unknown)))))));
    }

    /// <summary>The compiled delegate behind a lazily compiled one (compiling it now), so a run's loop calls the IL directly.</summary>
    public static Func<EvaluationRun, int, T> Resolve<T>(Func<EvaluationRun, int, T> evaluate) =>
        evaluate.Target is LazyDelegate<T> lazy ? lazy.Compiled : evaluate;

    private Expression Number(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return Expression.Constant(pack.Constant(literal).NumberOrNaN);
            case BoundFieldAccess field:
                var index = pack.FieldIndex(field.Field.Name);
                Expression value = field.Field.Type switch
                {
                    FieldType.Number or FieldType.Int => Expression.ArrayIndex(Column(nameof(EvaluationRun.Numbers), index), Row),
                    FieldType.Date => Expression.Convert(Expression.ArrayIndex(Column(nameof(EvaluationRun.Ints), index), Row), typeof(double)),
                    _ => throw new NotCompiledException(),
                };
                return Expression.Condition(Present(index), value, Expression.Constant(double.NaN));
            case BoundParamReference param:
                return Invariant($"pn{param.Param.Index}", Expression.ArrayIndex(Expression.Field(Run, nameof(EvaluationRun.ParamNumbers)), Expression.Constant(param.Param.Index)));
            case BoundLetReference let:
                return Call(typeof(EvaluationRun), nameof(EvaluationRun.ReadNumber), LetValue(let));
            case BoundAsOf:
                return Invariant("asOf", Expression.Field(Run, nameof(EvaluationRun.AsOfDay)));
            case BoundUnaryExpression { OperatorKind: BoundUnaryOperatorKind.Negate } negate:
                return Ops(nameof(RuntimeOps.Negate), Number(negate.Operand));
            case BoundBinaryExpression binary:
                return Arithmetic(binary);
            case BoundCallExpression call:
                return NumericCall(call);
            case BoundRuleFunctionCall { Type.Kind: TypeKind.Number or TypeKind.Date } function:
                return RuleFunctionCall(function);
            case BoundPopulationAggregate aggregate:
                var position = Expression.Constant(aggregate.Index);
                return aggregate.Aggregate == AggregateKind.Rank
                    ? Expression.Call(Run, nameof(EvaluationRun.ReadRank), null, position, Number(aggregate.Value ?? aggregate.Selector))
                    : Expression.Call(Run, nameof(EvaluationRun.ReadAggregateNumber), null, position);
            default:
                throw new NotCompiledException();
        }
    }

    private Expression Arithmetic(BoundBinaryExpression binary)
    {
        var left = Number(binary.Left);
        var right = Number(binary.Right);
        return binary.OperatorKind switch
        {
            BoundBinaryOperatorKind.Add => Ops(nameof(RuntimeOps.Add), left, right),
            BoundBinaryOperatorKind.Subtract => Ops(nameof(RuntimeOps.Subtract), left, right),
            BoundBinaryOperatorKind.Multiply => Ops(nameof(RuntimeOps.Multiply), left, right),
            BoundBinaryOperatorKind.Divide => Ops(nameof(RuntimeOps.Divide), left, right),
            BoundBinaryOperatorKind.AddDays => Ops(nameof(RuntimeOps.AddDays), left, right),
            BoundBinaryOperatorKind.SubtractDays => Ops(nameof(RuntimeOps.AddDays), left, Ops(nameof(RuntimeOps.Negate), right)),
            BoundBinaryOperatorKind.AddMonths => Ops(nameof(RuntimeOps.AddMonths), left, right),
            BoundBinaryOperatorKind.SubtractMonths => Ops(nameof(RuntimeOps.AddMonths), left, Ops(nameof(RuntimeOps.Negate), right)),
            BoundBinaryOperatorKind.DaysBetween => Ops(nameof(RuntimeOps.DaysBetween), left, right),
            _ => throw new NotCompiledException(),
        };
    }

    private Expression NumericCall(BoundCallExpression call)
    {
        var arguments = call.Arguments;
        switch (call.Operation)
        {
            case BuiltinOperation.Abs:
                return Ops(nameof(RuntimeOps.Abs), Number(arguments[0]));
            case BuiltinOperation.Pow:
                return Ops(nameof(RuntimeOps.Pow), Number(arguments[0]), Number(arguments[1]));
            case BuiltinOperation.Round:
                return Ops(nameof(RuntimeOps.Round), Number(arguments[0]));
            case BuiltinOperation.RoundDigits:
                return Ops(nameof(RuntimeOps.RoundDigits), Number(arguments[0]), Number(arguments[1]));
            case BuiltinOperation.DaysBetween:
                // Both arguments are evaluated in order (from, then to), as the interpreter does.
                var from = Expression.Variable(typeof(double), "from");
                return Expression.Block(
                    [from],
                    Expression.Assign(from, Number(arguments[0])),
                    Ops(nameof(RuntimeOps.DaysBetween), Number(arguments[1]), from));
            case BuiltinOperation.MinOf:
            case BuiltinOperation.MaxOf:
                var name = call.Operation == BuiltinOperation.MinOf ? nameof(RuntimeOps.Min) : nameof(RuntimeOps.Max);
                var best = Number(arguments[0]);
                for (var i = 1; i < arguments.Count; i++)
                {
                    best = Ops(name, best, Number(arguments[i]));
                }

                return best;
            default:
                throw new NotCompiledException();
        }
    }

    /// <summary>
    /// A call of a C# function, with the interpreter's semantics: every argument in order, then unknown when one is
    /// unknown, else the method called (through <see cref="GuardedRuleFunctions"/>, whose tree is an Expression.Call on
    /// the MethodInfo) with the arguments converted by <see cref="RuleFunctionValues"/>; what it throws becomes an
    /// evaluation error. Gives the compiled form of its
    /// result type: a double for numbers and dates, a three-valued int for bools, a string for strings.
    /// </summary>
    private Expression RuleFunctionCall(BoundRuleFunctionCall call)
    {
        var function = call.Function;
        if (function.Method is null)
        {
            // Known by its signature only: the interpreter reports the error outcome.
            throw new NotCompiledException();
        }

        var values = new List<ParameterExpression>();
        var statements = new List<Expression>();
        Expression? unknown = null;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var value = function.Parameters[i].Type.Kind switch
            {
                TypeKind.Bool => Truth(argument),
                TypeKind.String => Text(argument),
                _ => Number(argument),
            };
            var local = Expression.Variable(value.Type, "argument" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            values.Add(local);
            statements.Add(Expression.Assign(local, value));
            Expression isUnknown = value.Type == typeof(double) ? Expression.Call(IsNaN, local)
                : value.Type == typeof(int) ? Expression.Equal(local, Expression.Constant(RuntimeOps.Unknown))
                : Expression.Equal(local, Expression.Constant(null, typeof(string)));
            unknown = unknown is null ? isUnknown : Expression.OrElse(unknown, isUnknown);
        }

        var arguments = new List<ParameterExpression>();
        var conversions = new List<Expression>();
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = function.Parameters[i];
            var clr = Expression.Variable(parameter.ClrType, parameter.Name);
            arguments.Add(clr);
            conversions.Add(Expression.Assign(clr, ToClr(values[i], parameter, function.Name)));
        }

        var guarded = GuardedRuleFunctions.For(function);
        var raw = Expression.Variable(function.ReturnClrType, "raw");
        conversions.Add(Expression.Assign(raw, Expression.Invoke(Expression.Constant(guarded), arguments)));
        var converter = RuleFunctionValues.ResultConverter(function.ReturnClrType);
        Expression result = converter is null ? raw
            : typeof(RuleFunctionValues).GetMethod(converter)!.GetParameters().Length == 2
                ? Call(typeof(RuleFunctionValues), converter, raw, Expression.Constant(function.Name))
                : Call(typeof(RuleFunctionValues), converter, raw);
        conversions.Add(result);

        Expression unknownValue = result.Type == typeof(double) ? Expression.Constant(double.NaN)
            : result.Type == typeof(int) ? Expression.Constant(RuntimeOps.Unknown)
            : Expression.Constant(null, typeof(string));
        var called = Expression.Block(result.Type, [.. arguments, raw], conversions);
        statements.Add(unknown is null ? called : Expression.Condition(unknown, unknownValue, called));
        return Expression.Block(result.Type, values, statements);
    }

    private static Expression ToClr(ParameterExpression value, Functions.RuleFunctionParameter parameter, string function)
    {
        var name = Expression.Constant(function);
        var parameterName = Expression.Constant(parameter.Name);
        return parameter.ClrType.FullName switch
        {
            "System.Double" => value,
            "System.Decimal" => Call(typeof(RuleFunctionValues), nameof(RuleFunctionValues.ToDecimal), value, name, parameterName),
            "System.Int32" => Call(typeof(RuleFunctionValues), nameof(RuleFunctionValues.ToInt32), value, name, parameterName),
            "System.Int64" => Call(typeof(RuleFunctionValues), nameof(RuleFunctionValues.ToInt64), value, name, parameterName),
            "System.DateTime" => Call(typeof(RuleFunctionValues), nameof(RuleFunctionValues.ToDateTime), value),
            "System.Boolean" => Call(typeof(RuleFunctionValues), nameof(RuleFunctionValues.ToBoolean), value),
            _ => value,
        };
    }

    private Expression Truth(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return Expression.Constant(pack.Constant(literal).Truth);
            case BoundFieldAccess { Field.Type: FieldType.Bool } field:
                var index = pack.FieldIndex(field.Field.Name);
                return Expression.Condition(
                    Present(index),
                    Expression.Condition(Expression.ArrayIndex(Column(nameof(EvaluationRun.Bools), index), Row), Expression.Constant(1), Expression.Constant(0)),
                    Expression.Constant(RuntimeOps.Unknown));
            case BoundParamReference param:
                return Invariant($"pt{param.Param.Index}", Expression.ArrayIndex(Expression.Field(Run, nameof(EvaluationRun.ParamTruths)), Expression.Constant(param.Param.Index)));
            case BoundLetReference let:
                return Call(typeof(EvaluationRun), nameof(EvaluationRun.ReadTruth), LetValue(let));
            case BoundUnaryExpression { OperatorKind: BoundUnaryOperatorKind.Not } not:
                return Ops(nameof(RuntimeOps.Not), Truth(not.Operand));
            case BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or } logic:
                return Logic(logic);
            case BoundBinaryExpression comparison when comparison.OperatorKind >= BoundBinaryOperatorKind.Equal:
                return Comparison(comparison);
            case BoundInExpression @in:
                return In(@in);
            case BoundBetweenExpression between:
                return Ops(nameof(RuntimeOps.Between), Number(between.Value), Number(between.Lower), Number(between.Upper));
            case BoundCallExpression { Operation: BuiltinOperation.Has } has:
                return Has(has.Arguments[0]);
            case BoundRuleFunctionCall { Type.Kind: TypeKind.Bool } function:
                return RuleFunctionCall(function);
            default:
                throw new NotCompiledException();
        }
    }

    private Expression Logic(BoundBinaryExpression logic)
    {
        // Kleene with the interpreter's order: a decisive left side ends it; otherwise the right side is evaluated.
        var decisive = Expression.Constant(logic.OperatorKind == BoundBinaryOperatorKind.Or ? RuntimeOps.True : RuntimeOps.False);
        var other = Expression.Constant(logic.OperatorKind == BoundBinaryOperatorKind.Or ? RuntimeOps.False : RuntimeOps.True);
        var unknown = Expression.Constant(RuntimeOps.Unknown);
        var left = Expression.Variable(typeof(int), "left");
        var right = Expression.Variable(typeof(int), "right");
        return Expression.Block(
            [left, right],
            Expression.Assign(left, Truth(logic.Left)),
            Expression.Condition(
                Expression.Equal(left, decisive),
                decisive,
                Expression.Block(
                    Expression.Assign(right, Truth(logic.Right)),
                    Expression.Condition(
                        Expression.Equal(right, decisive),
                        decisive,
                        Expression.Condition(Expression.OrElse(Expression.Equal(left, unknown), Expression.Equal(right, unknown)), unknown, other)))));
    }

    private Expression Comparison(BoundBinaryExpression comparison)
    {
        var op = comparison.OperatorKind - BoundBinaryOperatorKind.Equal;
        switch (comparison.OperandKind)
        {
            case TypeKind.Number or TypeKind.Date:
                var left = Expression.Variable(typeof(double), "a");
                var right = Expression.Variable(typeof(double), "b");
                Expression holds = comparison.OperatorKind switch
                {
                    BoundBinaryOperatorKind.Equal => Expression.Equal(left, right),
                    BoundBinaryOperatorKind.NotEqual => Expression.NotEqual(left, right),
                    BoundBinaryOperatorKind.Less => Expression.LessThan(left, right),
                    BoundBinaryOperatorKind.LessOrEqual => Expression.LessThanOrEqual(left, right),
                    BoundBinaryOperatorKind.Greater => Expression.GreaterThan(left, right),
                    _ => Expression.GreaterThanOrEqual(left, right),
                };
                return Expression.Block(
                    [left, right],
                    Expression.Assign(left, Number(comparison.Left)),
                    Expression.Assign(right, Number(comparison.Right)),
                    Expression.Condition(
                        Expression.OrElse(Expression.Call(IsNaN, left), Expression.Call(IsNaN, right)),
                        Expression.Constant(RuntimeOps.Unknown),
                        Expression.Condition(holds, Expression.Constant(RuntimeOps.True), Expression.Constant(RuntimeOps.False))));
            case TypeKind.Bool:
                return Ops(nameof(RuntimeOps.CompareTruth), Truth(comparison.Left), Truth(comparison.Right), Expression.Constant(op));
            case TypeKind.String or TypeKind.Enum:
                return Ops(nameof(RuntimeOps.CompareText), Text(comparison.Left), Text(comparison.Right), Expression.Constant(op));
            default:
                throw new NotCompiledException();
        }
    }

    private Expression In(BoundInExpression @in)
    {
        if (!pack.TryGetConstant(@in.Collection, out var list) || list.Items is not { } items)
        {
            throw new NotCompiledException();
        }

        var negated = Expression.Constant(@in.Negated);
        return @in.OperandKind switch
        {
            TypeKind.Number or TypeKind.Date => Ops(nameof(RuntimeOps.InNumbers), Number(@in.Value), Expression.Constant(items.Select(i => i.NumberOrNaN).ToArray()), negated),
            TypeKind.String or TypeKind.Enum => Ops(nameof(RuntimeOps.InTexts), Text(@in.Value), Expression.Constant(items.Select(i => i.Text!).ToArray()), negated),
            _ => throw new NotCompiledException(),
        };
    }

    private Expression Has(BoundExpression argument)
    {
        switch (argument)
        {
            case BoundFieldAccess field:
                return Expression.Condition(Present(pack.FieldIndex(field.Field.Name)), Expression.Constant(RuntimeOps.True), Expression.Constant(RuntimeOps.False));
            case BoundLetReference let:
                return Expression.Condition(
                    Expression.Property(Call(typeof(EvaluationRun), nameof(EvaluationRun.Checked), LetValue(let)), nameof(RuntimeValue.IsUnknown)),
                    Expression.Constant(RuntimeOps.False),
                    Expression.Constant(RuntimeOps.True));
            default:
                throw new NotCompiledException();
        }
    }

    private Expression Text(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return Expression.Constant(pack.Constant(literal).Text, typeof(string));
            case BoundFieldAccess field:
                var index = pack.FieldIndex(field.Field.Name);
                Expression value = field.Field.Type switch
                {
                    FieldType.String => Expression.ArrayIndex(Column(nameof(EvaluationRun.Strings), index), Row),
                    FieldType.Enum => Expression.ArrayIndex(
                        Expression.Constant(field.Field.EnumValues.ToArray()),
                        Expression.ArrayIndex(Column(nameof(EvaluationRun.Ints), index), Row)),
                    _ => throw new NotCompiledException(),
                };
                return Expression.Condition(Present(index), value, Expression.Constant(null, typeof(string)));
            case BoundParamReference param:
                return Invariant($"ps{param.Param.Index}", Expression.ArrayIndex(Expression.Field(Run, nameof(EvaluationRun.ParamTexts)), Expression.Constant(param.Param.Index)));
            case BoundLetReference let:
                return Call(typeof(EvaluationRun), nameof(EvaluationRun.ReadText), LetValue(let));
            case BoundRuleFunctionCall { Type.Kind: TypeKind.String } function:
                return RuleFunctionCall(function);
            default:
                throw new NotCompiledException();
        }
    }

    private Expression Column(string name, int index) =>
        Invariant(name + index.ToString(System.Globalization.CultureInfo.InvariantCulture), Expression.ArrayIndex(Expression.Field(Run, name), Expression.Constant(index)));

    /// <summary>
    /// A value that does not change during a run (a column array, a param, <c>as_of</c>): in a rule group it is loaded
    /// once into a local before the loop over entities; elsewhere it is read where it is used.
    /// </summary>
    private Expression Invariant(string key, Expression value)
    {
        if (_columnLocals is null)
        {
            return value;
        }

        if (!_columnLocals.TryGetValue(key, out var local))
        {
            local = Expression.Variable(value.Type, key);
            _columnLocals.Add(key, local);
            _columnInitializers.Add(Expression.Assign(local, value));
        }

        return local;
    }

    /// <summary>(Presence[field][row &gt;&gt; 6] &amp; (1UL &lt;&lt; (row &amp; 63))) != 0.</summary>
    private Expression Present(int index)
    {
        var word = Expression.ArrayIndex(Column(nameof(EvaluationRun.Presence), index), Expression.RightShift(Row, Expression.Constant(6)));
        var bit = Expression.LeftShift(Expression.Constant(1UL), Expression.And(Row, Expression.Constant(63)));
        return Expression.NotEqual(Expression.And(word, bit), Expression.Constant(0UL));
    }

    private Expression LetValue(BoundLetReference let) =>
        Expression.ArrayIndex(
            Invariant($"let{let.Let.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}", Expression.ArrayIndex(Expression.Field(Run, nameof(EvaluationRun.Lets)), Expression.Constant(let.Let.Index))),
            Row);

    private static Expression Ops(string name, params Expression[] arguments) => Call(typeof(RuntimeOps), name, arguments);

    private static Expression Call(Type type, string name, params Expression[] arguments)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, arguments.Select(a => a.Type).ToArray(), null)
            ?? throw new InvalidOperationException($"{type.Name}.{name} not found");
        return Expression.Call(method, arguments);
    }

    /// <summary>Thrown while building a tree for what the compiler leaves to the interpreter.</summary>
    private sealed class NotCompiledException : Exception;

    /// <summary>A delegate compiled on first call: building trees for a 1,000-rule pack is fast, emitting IL for rules never run is not needed.</summary>
    private sealed class LazyDelegate<T>(Expression<Func<EvaluationRun, int, T>> lambda)
    {
        private Func<EvaluationRun, int, T>? _compiled;

        // FastExpressionCompiler emits IL 10-40x faster than Expression.Compile; should it refuse a tree, the BCL compiles it.
        public Func<EvaluationRun, int, T> Compiled => _compiled ??= lambda.CompileFast(ifFastFailedReturnNull: true) ?? lambda.Compile();

        public T Invoke(EvaluationRun run, int row) => Compiled(run, row);
    }
}
