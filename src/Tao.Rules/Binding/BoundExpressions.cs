using Tao.Rules.Functions;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>A bound expression: its syntax and its static type (never null; <see cref="RuleType.Error"/> after a reported mistake).</summary>
public abstract class BoundExpression(SyntaxNode syntax, RuleType type) : BoundNode(syntax)
{
    public RuleType Type { get; } = type;
}

/// <summary>An expression that could not be bound; its mistake was reported once.</summary>
public sealed class BoundErrorExpression(SyntaxNode syntax) : BoundExpression(syntax, RuleType.Error);

/// <summary>
/// A literal. Numbers are stored in base units (<c>95 %</c> → 0.95, <c>1 rao</c> → 1e-9, <c>2 weeks</c> → 14);
/// <see cref="BoundExpression.Type"/>'s unit is the unit as written, for display.
/// </summary>
public sealed class BoundLiteral(SyntaxNode syntax, RuleType type, ConstantValue value) : BoundExpression(syntax, type)
{
    public ConstantValue Value { get; } = value;
}

/// <summary><c>[a, b, c]</c>.</summary>
public sealed class BoundListExpression(SyntaxNode syntax, RuleType type, IReadOnlyList<BoundExpression> elements) : BoundExpression(syntax, type)
{
    public IReadOnlyList<BoundExpression> Elements { get; } = elements;
}

/// <summary>
/// <c>asset.market_cap</c>: a field of the entity in scope — the entity being evaluated, or, inside the selector or
/// filter of a <see cref="BoundPopulationAggregate"/>, the population member being aggregated. A missing fact is unknown.
/// </summary>
public sealed class BoundFieldAccess(SyntaxNode syntax, RuleType type, EntitySchema entity, FieldSchema field) : BoundExpression(syntax, type)
{
    public EntitySchema Entity { get; } = entity;

    public FieldSchema Field { get; } = field;
}

/// <summary>The entity kind itself, as in <c>count(all subnet)</c>: the population member.</summary>
public sealed class BoundEntityReference(SyntaxNode syntax, EntitySchema entity) : BoundExpression(syntax, RuleType.Entity(entity.Kind))
{
    public EntitySchema Entity { get; } = entity;
}

/// <summary>A reference to a <c>param</c>: a constant of the evaluation (its default or the run's override).</summary>
public sealed class BoundParamReference(SyntaxNode syntax, BoundParam param) : BoundExpression(syntax, param.Type)
{
    public BoundParam Param { get; } = param;
}

/// <summary>A reference to a <c>let</c> of the entity in scope (see <see cref="BoundFieldAccess"/>).</summary>
public sealed class BoundLetReference(SyntaxNode syntax, BoundLet let) : BoundExpression(syntax, let.Type)
{
    public BoundLet Let { get; } = let;
}

/// <summary><c>as_of</c>: the evaluation date (never the clock).</summary>
public sealed class BoundAsOf(SyntaxNode syntax) : BoundExpression(syntax, RuleType.Date);

/// <summary>A reference to the parameter of an enclosing lambda.</summary>
public sealed class BoundLambdaParameterReference(SyntaxNode syntax, BoundLambdaParameter parameter) : BoundExpression(syntax, parameter.Type)
{
    public BoundLambdaParameter Parameter { get; } = parameter;
}

public sealed class BoundUnaryExpression(SyntaxNode syntax, RuleType type, BoundUnaryOperatorKind operatorKind, BoundExpression operand) : BoundExpression(syntax, type)
{
    public BoundUnaryOperatorKind OperatorKind { get; } = operatorKind;

    public BoundExpression Operand { get; } = operand;
}

/// <summary>
/// A binary operation with its operator resolved for the operand types. For comparisons,
/// <see cref="OperandKind"/> says what is compared (Number, String — also enum values —, Date or Bool). For date
/// arithmetic the left operand is the date (<c>6 months + d</c> is bound as <c>d + 6 months</c>).
/// </summary>
public sealed class BoundBinaryExpression(SyntaxNode syntax, RuleType type, BoundExpression left, BoundBinaryOperatorKind operatorKind, BoundExpression right, TypeKind operandKind) : BoundExpression(syntax, type)
{
    public BoundExpression Left { get; } = left;

    public BoundBinaryOperatorKind OperatorKind { get; } = operatorKind;

    public BoundExpression Right { get; } = right;

    /// <summary>The kind of the operands (enum operands compare as <see cref="TypeKind.String"/>).</summary>
    public TypeKind OperandKind { get; } = operandKind;
}

/// <summary><c>value in list</c> (or <c>not in</c>): equality with any element.</summary>
public sealed class BoundInExpression(SyntaxNode syntax, BoundExpression value, BoundExpression collection, bool negated, TypeKind operandKind) : BoundExpression(syntax, RuleType.Bool)
{
    public BoundExpression Value { get; } = value;

    /// <summary>A list (a literal or a list field).</summary>
    public BoundExpression Collection { get; } = collection;

    public bool Negated { get; } = negated;

    /// <summary>The kind of the value and elements (enum values compare as <see cref="TypeKind.String"/>).</summary>
    public TypeKind OperandKind { get; } = operandKind;
}

/// <summary><c>value between lower and upper</c>, both bounds inclusive.</summary>
public sealed class BoundBetweenExpression(SyntaxNode syntax, BoundExpression value, BoundExpression lower, BoundExpression upper, TypeKind operandKind) : BoundExpression(syntax, RuleType.Bool)
{
    public BoundExpression Value { get; } = value;

    public BoundExpression Lower { get; } = lower;

    public BoundExpression Upper { get; } = upper;

    /// <summary>Number or Date.</summary>
    public TypeKind OperandKind { get; } = operandKind;
}

/// <summary>A call of a built-in, with the overload chosen (<see cref="Operation"/>).</summary>
public sealed class BoundCallExpression(SyntaxNode syntax, RuleType type, BuiltinFunction function, BuiltinOperation operation, IReadOnlyList<BoundExpression> arguments) : BoundExpression(syntax, type)
{
    public BuiltinFunction Function { get; } = function;

    public BuiltinOperation Operation { get; } = operation;

    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;
}

/// <summary>
/// A call of a C# <c>[RuleFunction]</c>. Every argument is evaluated, in order; when one is unknown the result is
/// unknown and the method is not called; an exception the method throws is the rule's <c>error</c> outcome.
/// </summary>
public sealed class BoundRuleFunctionCall(SyntaxNode syntax, RuleFunction function, IReadOnlyList<BoundExpression> arguments) : BoundExpression(syntax, function.ReturnType)
{
    public RuleFunction Function { get; } = function;

    /// <summary>One per parameter of <see cref="Function"/>, each of the parameter's kind (an enum value for a string).</summary>
    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;
}

/// <summary>The parameter of a lambda: one element of the list the lambda is applied to.</summary>
public sealed class BoundLambdaParameter(IdentifierSyntax syntax, RuleType type)
{
    public IdentifierSyntax Syntax { get; } = syntax;

    public string Name => Syntax.Name;

    public RuleType Type { get; } = type;
}

/// <summary><c>x =&gt; body</c>, only as the second argument of <c>any</c> or <c>all</c>; its type is the body's (Bool).</summary>
public sealed class BoundLambdaExpression(SyntaxNode syntax, BoundLambdaParameter parameter, BoundExpression body) : BoundExpression(syntax, body.Type)
{
    public BoundLambdaParameter Parameter { get; } = parameter;

    public BoundExpression Body { get; } = body;
}

/// <summary>
/// POPULATION-LEVEL: <c>sum/min/max/avg/count(all SELECTOR where FILTER)</c> and <c>rank(all SELECTOR where FILTER, VALUE)</c>.
/// <see cref="Selector"/> and <see cref="Filter"/> are evaluated for every entity of the pack's kind (fields and lets
/// inside them refer to that member, not to the entity being evaluated), once per evaluation; the result is the same
/// for every entity, except for <see cref="AggregateKind.Rank"/>, whose <see cref="Value"/> is evaluated for the entity
/// being evaluated and ranked among the selected values (1 = highest). <see cref="Index"/> is the position in
/// <see cref="BoundPackage.Aggregates"/>, which lists every aggregate so that each comes after those it depends on.
/// </summary>
public sealed class BoundPopulationAggregate(
    SyntaxNode syntax,
    RuleType type,
    AggregateKind aggregate,
    EntitySchema entity,
    BoundExpression selector,
    BoundExpression? filter,
    BoundExpression? value,
    int index) : BoundExpression(syntax, type)
{
    public AggregateKind Aggregate { get; } = aggregate;

    /// <summary>The kind whose every entity is a member of the population.</summary>
    public EntitySchema Entity { get; } = entity;

    /// <summary>The value taken from each member (a <see cref="BoundEntityReference"/> for <c>count(all subnet)</c>).</summary>
    public BoundExpression Selector { get; } = selector;

    /// <summary>Members for which the filter is not true are left out.</summary>
    public BoundExpression? Filter { get; } = filter;

    /// <summary>For <see cref="AggregateKind.Rank"/>: the value of the entity being evaluated.</summary>
    public BoundExpression? Value { get; } = value;

    public int Index { get; } = index;

    /// <summary>
    /// 1 + the highest stage of the lets and aggregates its selector and filter use (1 when they use only fields and
    /// params). Stage s needs every let of stage &lt; s computed for every member.
    /// </summary>
    public int Stage { get; internal set; }

    /// <summary>Always true: marks the node as computed over the population, not per entity.</summary>
    public bool IsPopulationLevel => true;
}
