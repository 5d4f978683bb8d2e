using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindCall(CallExpressionSyntax syntax)
    {
        var name = syntax.Function.Name;
        if (!BuiltinCatalog.TryGet(name, out var function))
        {
            if (Context.Functions.TryGet(name, out var ruleFunction))
            {
                return BindRuleFunctionCall(syntax, ruleFunction);
            }

            var known = BuiltinCatalog.Names.Concat(Context.Functions.Names);
            Context.Report(DiagnosticCatalog.UnknownFunction, syntax.Function.Span, $"unknown function '{name}'{Suggestions.DidYouMean(name, known)}");
            return new BoundErrorExpression(syntax);
        }

        var arguments = syntax.Arguments;
        if (!function.AcceptsArity(arguments.Count))
        {
            var given = arguments.Count == 1 ? "1 argument" : $"{arguments.Count} arguments";
            Context.Report(DiagnosticCatalog.UnknownFunction, syntax.Span, $"'{name}' takes {function.ArityText} but is given {given}; expected {string.Join(" or ", function.Signatures)}");
            return new BoundErrorExpression(syntax);
        }

        if (function.AcceptsPopulation && arguments.Count > 0 && Unwrap(arguments[0]) is PopulationExpressionSyntax population)
        {
            return BindAggregate(syntax, function, population);
        }

        if (function == BuiltinCatalog.Any || function == BuiltinCatalog.All)
        {
            return BindQuantifier(syntax, function);
        }

        if (function == BuiltinCatalog.Rank)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, "'rank' needs a population as its first argument: rank(all SELECTOR where FILTER, value)");
            return new BoundErrorExpression(syntax);
        }

        var bound = new BoundExpression[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            bound[i] = Bind(arguments[i]);
            if (bound[i].Type.IsError)
            {
                return new BoundErrorExpression(syntax);
            }
        }

        return function.Name switch
        {
            "has" => BindHas(syntax, function, bound[0]),
            "count" => BindCountList(syntax, function, bound[0]),
            "sum" or "avg" => BindSumOrAvgList(syntax, function, bound[0]),
            "min" or "max" => BindMinMax(syntax, function, bound),
            "abs" => BindAbs(syntax, function, bound[0]),
            "pow" => BindPow(syntax, function, bound),
            "round" => BindRound(syntax, function, bound),
            _ => BindDaysBetween(syntax, function, bound),
        };
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        return syntax;
    }

    private BoundExpression Mismatch(CallExpressionSyntax syntax, ExpressionSyntax at, string message)
    {
        Context.Report(DiagnosticCatalog.TypeMismatch, at.Span, message);
        return new BoundErrorExpression(syntax);
    }

    private BoundExpression BindHas(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression argument)
    {
        if (argument is not (BoundFieldAccess or BoundLetReference))
        {
            return Mismatch(syntax, syntax.Arguments[0], $"'has' takes a field or a let, such as has({Context.KindName ?? "asset"}.FIELD), not {argument.Type.DisplayName}");
        }

        return new BoundCallExpression(syntax, RuleType.Bool, function, BuiltinOperation.Has, [argument]);
    }

    private BoundExpression BindCountList(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression argument)
    {
        if (argument.Type.Kind != TypeKind.List)
        {
            return Mismatch(syntax, syntax.Arguments[0], $"'count' needs a list or a population 'all …', but this is {argument.Type.DisplayName}");
        }

        return new BoundCallExpression(syntax, RuleType.Integer, function, BuiltinOperation.CountList, [argument]);
    }

    private BoundExpression BindSumOrAvgList(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression argument)
    {
        var element = argument.Type.ElementType;
        if (argument.Type.Kind != TypeKind.List || element!.Kind is not (TypeKind.Number or TypeKind.Nothing))
        {
            return Mismatch(syntax, syntax.Arguments[0], $"'{function.Name}' needs a list of numbers or a population 'all …', but this is {argument.Type.DisplayName}");
        }

        var sum = function == BuiltinCatalog.Sum;
        var type = element.Kind == TypeKind.Nothing ? RuleType.PlainNumber : RuleType.Number(element.Unit, sum && element.IsInteger);
        return new BoundCallExpression(syntax, type, function, sum ? BuiltinOperation.SumList : BuiltinOperation.AvgList, [argument]);
    }

    private BoundExpression BindMinMax(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression[] arguments)
    {
        var min = function == BuiltinCatalog.Min;
        if (arguments.Length == 1)
        {
            var argument = arguments[0];
            var element = argument.Type.ElementType;
            if (argument.Type.Kind != TypeKind.List || element!.Kind is not (TypeKind.Number or TypeKind.Date or TypeKind.Nothing))
            {
                return Mismatch(syntax, syntax.Arguments[0], $"'{function.Name}' of one argument needs a list of numbers or dates, or a population 'all …', but this is {argument.Type.DisplayName}; for single values write {function.Name}(a, b)");
            }

            var type = element.Kind == TypeKind.Nothing ? RuleType.PlainNumber : element;
            return new BoundCallExpression(syntax, type, function, min ? BuiltinOperation.MinList : BuiltinOperation.MaxList, [argument]);
        }

        var first = arguments[0].Type;
        for (var i = 0; i < arguments.Length; i++)
        {
            var type = arguments[i].Type;
            if (type.Kind is not (TypeKind.Number or TypeKind.Date) || type.Kind != first.Kind)
            {
                return Mismatch(syntax, syntax.Arguments[i], $"'{function.Name}' compares numbers or dates of one kind, but this is {type.DisplayName} and the first is {first.DisplayName}");
            }

            if (type.IsNumber && !UnitFacts.AreCompatible(first.Unit, type.Unit))
            {
                Context.Report(DiagnosticCatalog.UnitMismatch, syntax.Arguments[i].Span, $"cannot compare {UnitFacts.Describe(first.Unit)} with {UnitFacts.Describe(type.Unit)}");
                return new BoundErrorExpression(syntax);
            }
        }

        var resultType = first.IsNumber ? RuleType.Number(first.Unit, arguments.All(a => a.Type.IsInteger)) : first;
        return new BoundCallExpression(syntax, resultType, function, min ? BuiltinOperation.MinOf : BuiltinOperation.MaxOf, arguments);
    }

    private BoundExpression BindAbs(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression argument)
    {
        if (!argument.Type.IsNumber)
        {
            return Mismatch(syntax, syntax.Arguments[0], $"'abs' needs a Number, but this is {argument.Type.DisplayName}");
        }

        return new BoundCallExpression(syntax, argument.Type, function, BuiltinOperation.Abs, [argument]);
    }

    /// <summary>A power of a quantity with a unit would need fractional units (TAO^0.5), so both operands are plain.</summary>
    private BoundExpression BindPow(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (!arguments[i].Type.IsNumber || !arguments[i].Type.Unit.IsDimensionless)
            {
                var role = i == 0 ? "base" : "exponent";
                return Mismatch(syntax, syntax.Arguments[i], $"the {role} of 'pow' must be a plain number (or %, bps, x), but this is {arguments[i].Type}; divide by a unit first, as in pow(x / 1 TAO, 2)");
            }
        }

        return new BoundCallExpression(syntax, RuleType.PlainNumber, function, BuiltinOperation.Pow, arguments);
    }

    private BoundExpression BindRound(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression[] arguments)
    {
        if (!arguments[0].Type.IsNumber)
        {
            return Mismatch(syntax, syntax.Arguments[0], $"'round' needs a Number, but this is {arguments[0].Type.DisplayName}");
        }

        if (arguments.Length == 1)
        {
            return new BoundCallExpression(syntax, RuleType.Number(arguments[0].Type.Unit, isInteger: true), function, BuiltinOperation.Round, arguments);
        }

        if (!arguments[1].Type.IsNumber || !arguments[1].Type.Unit.IsNone)
        {
            return Mismatch(syntax, syntax.Arguments[1], $"the digits of 'round' must be a plain whole number, but this is {arguments[1].Type}");
        }

        return new BoundCallExpression(syntax, RuleType.Number(arguments[0].Type.Unit), function, BuiltinOperation.RoundDigits, arguments);
    }

    private BoundExpression BindDaysBetween(CallExpressionSyntax syntax, BuiltinFunction function, BoundExpression[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Type.Kind != TypeKind.Date)
            {
                return Mismatch(syntax, syntax.Arguments[i], $"'days_between' needs two dates, but this is {arguments[i].Type.DisplayName}");
            }
        }

        return new BoundCallExpression(syntax, RuleType.Number(UnitFacts.DayUnit, isInteger: true), function, BuiltinOperation.DaysBetween, arguments);
    }

    private BoundExpression BindQuantifier(CallExpressionSyntax syntax, BuiltinFunction function)
    {
        var list = Bind(syntax.Arguments[0]);
        if (Unwrap(syntax.Arguments[1]) is not LambdaExpressionSyntax lambda)
        {
            Context.Report(DiagnosticCatalog.InvalidLambda, syntax.Arguments[1].Span, $"the second argument of '{function.Name}' must be a lambda such as x => x > 0");
            return new BoundErrorExpression(syntax);
        }

        if (list.Type.IsError)
        {
            return new BoundErrorExpression(syntax);
        }

        if (list.Type.Kind != TypeKind.List)
        {
            return Mismatch(syntax, syntax.Arguments[0], $"'{function.Name}' needs a list as its first argument, but this is {list.Type.DisplayName}");
        }

        var parameterName = lambda.Parameter.Name;
        if (IsShadowed(parameterName) || string.Equals(parameterName, NameFacts.AsOf, StringComparison.Ordinal) || string.Equals(parameterName, Context.KindName, StringComparison.Ordinal))
        {
            Context.Report(DiagnosticCatalog.InvalidLambda, lambda.Parameter.Span, $"the lambda parameter '{parameterName}' hides another name in scope; choose another name");
            return new BoundErrorExpression(syntax);
        }

        var elementType = list.Type.ElementType!.Kind == TypeKind.Nothing ? RuleType.Nothing : list.Type.ElementType;
        var parameter = new BoundLambdaParameter(lambda.Parameter, elementType);
        _lambdaScope.Add(parameter);
        BoundExpression body;
        try
        {
            body = BindCondition(lambda.Body, "=>");
        }
        finally
        {
            _lambdaScope.RemoveAt(_lambdaScope.Count - 1);
        }

        if (body.Type.IsError)
        {
            return new BoundErrorExpression(syntax);
        }

        var operation = function == BuiltinCatalog.Any ? BuiltinOperation.AnyList : BuiltinOperation.AllList;
        return new BoundCallExpression(syntax, RuleType.Bool, function, operation, [list, new BoundLambdaExpression(lambda, parameter, body)]);
    }
}
