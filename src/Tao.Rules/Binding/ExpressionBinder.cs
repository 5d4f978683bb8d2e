using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;
using Tao.Rules.Units;

namespace Tao.Rules.Binding;

/// <summary>
/// Binds expressions: resolves names, checks types and units, chooses operators and built-in overloads.
/// One mistake gives one diagnostic: an operand of type <see cref="RuleType.Error"/> silences the checks around it.
/// </summary>
internal sealed partial class ExpressionBinder(BindingContext context)
{
    /// <summary>The deepest bound tree the binder builds (TAO1003 beyond); it keeps every recursive walker safe.</summary>
    private const int MaxDepth = 1_000;

    private readonly List<BoundLambdaParameter> _lambdaScope = [];
    private int _depth;
    private bool _depthReported;

    /// <summary>Lambda parameters that a population aggregate hides (they belong to the entity being evaluated).</summary>
    private List<BoundLambdaParameter>? _hiddenLambdaParameters;

    public BindingContext Context { get; } = context;

    /// <summary>Binds a condition (<c>when</c>, <c>require</c>, <c>where</c>) and checks that it is a Bool.</summary>
    public BoundExpression BindCondition(ExpressionSyntax syntax, string clause)
    {
        var bound = Bind(syntax);
        if (bound.Type.Kind is not (TypeKind.Bool or TypeKind.Error))
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"'{clause}' needs a Bool condition, but this is {bound.Type.DisplayName}");
            return new BoundErrorExpression(syntax);
        }

        return bound;
    }

    public BoundExpression Bind(ExpressionSyntax syntax)
    {
        if (_depth == 0)
        {
            _depthReported = false;
        }

        if (_depth >= MaxDepth)
        {
            // Parentheses are capped by the parser; a very long chain of binary operators is not. Report it once per
            // expression: the evaluator and every walker recurse over the bound tree, so its depth must stay bounded.
            if (!_depthReported)
            {
                _depthReported = true;
                Context.Report(DiagnosticCatalog.NestingTooDeep, syntax.Span, MaxDepth);
            }

            return new BoundErrorExpression(syntax);
        }

        _depth++;
        try
        {
            return BindCore(syntax);
        }
        finally
        {
            _depth--;
        }
    }

    private BoundExpression BindCore(ExpressionSyntax syntax) => syntax switch
    {
        NumberLiteralSyntax number => BindNumber(number),
        StringLiteralSyntax text => new BoundLiteral(text, RuleType.String, ConstantValue.FromString(text.Value)),
        BooleanLiteralSyntax boolean => new BoundLiteral(boolean, RuleType.Bool, ConstantValue.FromBoolean(boolean.Value)),
        DateLiteralSyntax date => new BoundLiteral(date, RuleType.Date, ConstantValue.FromDate(date.Value)),
        ListExpressionSyntax list => BindList(list),
        ParenthesizedExpressionSyntax parenthesized => Bind(parenthesized.Expression),
        NameExpressionSyntax name => BindName(name),
        MemberAccessExpressionSyntax member => BindMemberAccess(member),
        UnaryExpressionSyntax unary => BindUnary(unary),
        BinaryExpressionSyntax binary => BindBinary(binary),
        InExpressionSyntax @in => BindIn(@in),
        BetweenExpressionSyntax between => BindBetween(between),
        CallExpressionSyntax call => BindCall(call),
        LambdaExpressionSyntax lambda => ReportMisplacedLambda(lambda),
        PopulationExpressionSyntax population => ReportMisplacedPopulation(population),
        _ => new BoundErrorExpression(syntax),
    };

    private BoundExpression BindNumber(NumberLiteralSyntax syntax)
    {
        var unit = Unit.None;
        if (syntax.Unit is { } unitSyntax && !UnitParser.TryParse(unitSyntax.Text, out unit, out _))
        {
            // The parser reported the unknown unit (TAO1005) at the atom; stay silent here.
            return new BoundErrorExpression(syntax);
        }

        var isInteger = Math.Floor(syntax.Value) == syntax.Value && Math.Abs(syntax.Value) < 9e15;
        return new BoundLiteral(syntax, RuleType.Number(unit, isInteger), ConstantValue.FromNumber(UnitFacts.ToBase(syntax.Value, unit)));
    }

    private BoundExpression BindList(ListExpressionSyntax syntax)
    {
        var elements = new List<BoundExpression>(syntax.Elements.Count);
        RuleType? elementType = null;
        var hasError = false;
        foreach (var elementSyntax in syntax.Elements)
        {
            var element = Bind(elementSyntax);
            elements.Add(element);
            if (element.Type.IsError)
            {
                hasError = true;
                continue;
            }

            if (elementType is null)
            {
                elementType = element.Type;
            }
            else if (!TypeFacts.AreSameKind(elementType, element.Type))
            {
                Context.Report(DiagnosticCatalog.TypeMismatch, elementSyntax.Span, $"a list holds values of one type: this element is {element.Type.DisplayName}, the first is {elementType.DisplayName}");
                hasError = true;
            }
            else if (elementType.IsNumber && !UnitFacts.AreCompatible(elementType.Unit, element.Type.Unit))
            {
                Context.Report(DiagnosticCatalog.UnitMismatch, elementSyntax.Span, $"a list holds values of one unit: this element is {UnitFacts.Describe(element.Type.Unit)}, the first is {UnitFacts.Describe(elementType.Unit)}");
                hasError = true;
            }
        }

        return hasError ? new BoundErrorExpression(syntax) : new BoundListExpression(syntax, RuleType.List(elementType ?? RuleType.Nothing), elements);
    }

    private BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var name = syntax.Identifier.Name;
        for (var i = _lambdaScope.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_lambdaScope[i].Name, name, StringComparison.Ordinal))
            {
                return new BoundLambdaParameterReference(syntax, _lambdaScope[i]);
            }
        }

        if (Context.Names.TryGetValue(name, out var declaration))
        {
            if (declaration.IsParam)
            {
                return new BoundParamReference(syntax, Context.Params[declaration.Index]);
            }

            // A let that is not bound yet lies on a cycle, which was reported at the let (TAO3006).
            return Context.Lets[declaration.Index] is { } let
                ? new BoundLetReference(syntax, let)
                : new BoundErrorExpression(syntax);
        }

        if (string.Equals(name, NameFacts.AsOf, StringComparison.Ordinal))
        {
            return new BoundAsOf(syntax);
        }

        if (_hiddenLambdaParameters?.Find(p => string.Equals(p.Name, name, StringComparison.Ordinal)) is not null)
        {
            Context.Report(DiagnosticCatalog.InvalidLambda, syntax.Span, $"the lambda parameter '{name}' cannot be used inside 'all …': a population aggregate is computed once for every entity, not per element");
            return new BoundErrorExpression(syntax);
        }

        if (string.Equals(name, Context.KindName, StringComparison.Ordinal))
        {
            var hint = $"; '{name}' is the entity kind: write '{name}.FIELD' for one of its fields";
            Context.Report(DiagnosticCatalog.UnknownName, syntax.Span, name, hint);
            return new BoundErrorExpression(syntax);
        }

        Context.Report(DiagnosticCatalog.UnknownName, syntax.Span, name, Suggestions.DidYouMean(name, NamesInScope()));
        return new BoundErrorExpression(syntax);
    }

    private IEnumerable<string> NamesInScope()
    {
        foreach (var parameter in _lambdaScope)
        {
            yield return parameter.Name;
        }

        foreach (var name in Context.Names.Keys)
        {
            yield return name;
        }

        yield return NameFacts.AsOf;
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax)
    {
        if (syntax.Target is not NameExpressionSyntax { Identifier.Name: var targetName } target)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"only the entity kind has fields: write '{Context.KindName ?? "KIND"}.FIELD'");
            return new BoundErrorExpression(syntax);
        }

        if (!string.Equals(targetName, Context.KindName, StringComparison.Ordinal) || IsShadowed(targetName))
        {
            return ReportBadMemberTarget(syntax, target, targetName);
        }

        if (Context.Schema is null)
        {
            // The unknown kind was reported at 'applies to' (TAO3007).
            return new BoundErrorExpression(syntax);
        }

        var memberName = syntax.Member.Name;
        if (!Context.Schema.TryGetField(memberName, out var field))
        {
            var suggestion = Suggestions.DidYouMean(memberName, Context.Schema.Fields.Select(f => f.Name), targetName + ".");
            Context.Report(DiagnosticCatalog.UnknownField, syntax.Member.Span, targetName, memberName, suggestion);
            return new BoundErrorExpression(syntax);
        }

        return new BoundFieldAccess(syntax, Context.TypeOf(field), Context.Schema, field);
    }

    private bool IsShadowed(string name) =>
        _lambdaScope.Exists(p => string.Equals(p.Name, name, StringComparison.Ordinal)) || Context.Names.ContainsKey(name);

    private BoundErrorExpression ReportBadMemberTarget(MemberAccessExpressionSyntax syntax, NameExpressionSyntax target, string targetName)
    {
        // Without a kind (TAO3015 or TAO1008, reported once) no field resolves, and saying so per field is noise.
        if (Context.KindName is null)
        {
            return new BoundErrorExpression(syntax);
        }

        if (IsShadowed(targetName) || string.Equals(targetName, NameFacts.AsOf, StringComparison.Ordinal))
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"'{targetName}' is a value, not the entity kind: only '{Context.KindName}.FIELD' has fields");
        }
        else if (Context.Schemas.TryGet(targetName, out _))
        {
            Context.Report(DiagnosticCatalog.UnknownName, target.Span, targetName, $"; this package applies to '{Context.KindName}', so only '{Context.KindName}.FIELD' can be used");
        }
        else
        {
            Context.Report(DiagnosticCatalog.UnknownName, target.Span, targetName, Suggestions.DidYouMean(targetName, [Context.KindName]));
        }

        return new BoundErrorExpression(syntax);
    }

    private BoundExpression ReportMisplacedLambda(LambdaExpressionSyntax syntax)
    {
        Context.Report(DiagnosticCatalog.InvalidLambda, syntax.Span, "a lambda 'x => …' may only be the second argument of any(list, x => …) or all(list, x => …)");
        return new BoundErrorExpression(syntax);
    }

    private BoundExpression ReportMisplacedPopulation(PopulationExpressionSyntax syntax)
    {
        Context.Report(DiagnosticCatalog.MisplacedPopulation, syntax.Span);
        return new BoundErrorExpression(syntax);
    }
}
