using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindAggregate(CallExpressionSyntax syntax, BuiltinFunction function, PopulationExpressionSyntax population)
    {
        var aggregate = function.Name switch
        {
            "sum" => AggregateKind.Sum,
            "min" => AggregateKind.Min,
            "max" => AggregateKind.Max,
            "avg" => AggregateKind.Avg,
            "count" => AggregateKind.Count,
            _ => AggregateKind.Rank,
        };

        if (aggregate != AggregateKind.Rank && syntax.Arguments.Count != 1)
        {
            Context.Report(DiagnosticCatalog.UnknownFunction, syntax.Span, $"'{function.Name}' over a population takes 1 argument, 'all SELECTOR where FILTER', but is given {syntax.Arguments.Count}");
            return new BoundErrorExpression(syntax);
        }

        var (selector, filter) = BindPopulation(population, allowEntity: aggregate == AggregateKind.Count);
        if (selector.Type.IsError || filter?.Type.IsError == true || Context.Schema is null)
        {
            return new BoundErrorExpression(syntax);
        }

        var type = selector.Type;
        var needsNumber = aggregate is AggregateKind.Sum or AggregateKind.Avg or AggregateKind.Rank;
        var needsOrdered = aggregate is AggregateKind.Min or AggregateKind.Max;
        if ((needsNumber && !type.IsNumber) || (needsOrdered && type.Kind is not (TypeKind.Number or TypeKind.Date)))
        {
            var wanted = needsNumber ? "a Number" : "a Number or a Date";
            Context.Report(DiagnosticCatalog.TypeMismatch, population.Selector.Span, $"'{function.Name}' needs {wanted} for each member, but this is {type.DisplayName}");
            return new BoundErrorExpression(syntax);
        }

        BoundExpression? value = null;
        if (aggregate == AggregateKind.Rank)
        {
            // Without a value, rank the entity being evaluated by the same selector.
            value = syntax.Arguments.Count == 2 ? Bind(syntax.Arguments[1]) : selector;
            if (value.Type.IsError)
            {
                return new BoundErrorExpression(syntax);
            }

            var valueSyntax = syntax.Arguments[syntax.Arguments.Count - 1];
            if (!value.Type.IsNumber)
            {
                Context.Report(DiagnosticCatalog.TypeMismatch, valueSyntax.Span, $"'rank' compares Numbers, but this is {value.Type.DisplayName}");
                return new BoundErrorExpression(syntax);
            }

            if (!UnitFacts.AreCompatible(type.Unit, value.Type.Unit))
            {
                Context.Report(DiagnosticCatalog.UnitMismatch, valueSyntax.Span, $"cannot compare {UnitFacts.Describe(type.Unit)} with {UnitFacts.Describe(value.Type.Unit)}");
                return new BoundErrorExpression(syntax);
            }
        }

        var resultType = aggregate switch
        {
            AggregateKind.Count or AggregateKind.Rank => RuleType.Integer,
            AggregateKind.Avg => RuleType.Number(type.Unit),
            _ => type,
        };
        var bound = new BoundPopulationAggregate(syntax, resultType, aggregate, Context.Schema, selector, filter, value, Context.Aggregates.Count);
        Context.Aggregates.Add(bound);
        return bound;
    }

    /// <summary>
    /// Binds <c>all SELECTOR where FILTER</c>. Inside, fields and lets belong to each member; the lambda parameters
    /// of the enclosing expression belong to the entity being evaluated and are out of reach.
    /// </summary>
    private (BoundExpression Selector, BoundExpression? Filter) BindPopulation(PopulationExpressionSyntax population, bool allowEntity)
    {
        var savedHidden = _hiddenLambdaParameters;
        var savedScope = _lambdaScope.ToArray();
        if (savedScope.Length > 0)
        {
            _hiddenLambdaParameters = [.. savedHidden ?? [], .. savedScope];
        }

        _lambdaScope.Clear();
        try
        {
            BoundExpression selector;
            if (Unwrap(population.Selector) is NameExpressionSyntax { Identifier.Name: var name } kindName
                && string.Equals(name, Context.KindName, StringComparison.Ordinal)
                && !Context.Names.ContainsKey(name))
            {
                if (!allowEntity)
                {
                    Context.Report(DiagnosticCatalog.TypeMismatch, population.Selector.Span, $"only 'count' can take the entity kind itself; select a value such as all {name}.FIELD");
                    selector = new BoundErrorExpression(population.Selector);
                }
                else
                {
                    selector = Context.Schema is null ? new BoundErrorExpression(kindName) : new BoundEntityReference(kindName, Context.Schema);
                }
            }
            else
            {
                selector = Bind(population.Selector);
            }

            var filter = population.Filter is null ? null : BindCondition(population.Filter, "where");
            return (selector, filter);
        }
        finally
        {
            _lambdaScope.Clear();
            _lambdaScope.AddRange(savedScope);
            _hiddenLambdaParameters = savedHidden;
        }
    }
}
