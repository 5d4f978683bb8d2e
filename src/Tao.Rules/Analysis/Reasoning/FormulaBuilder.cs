using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>
/// Turns a Bool bound expression into a <see cref="Formula"/>: comparisons of one expression with constants become
/// memberships (numbers and dates as intervals in base units, texts and enum values as sets), other Bool expressions
/// become propositions keyed by <see cref="ExpressionKey"/>, and Bool lets are expanded (a few levels deep). Params
/// stay symbolic (a run may override them): <c>x &gt; p</c> and <c>x &lt;= p</c> become one proposition and its negation.
/// </summary>
internal sealed class FormulaBuilder
{
    /// <summary>Conditions with more atoms than this are not analysed: the reasoning stays fast on any pack.</summary>
    public const int MaxAtoms = 64;

    private const int MaxLetExpansion = 4;

    private int _atoms;

    private FormulaBuilder()
    {
    }

    /// <summary>The formula, or null when the condition has a binding error or is too large to analyse.</summary>
    public static Formula? Build(BoundExpression condition)
    {
        if (ErrorFinder.HasError(condition))
        {
            return null;
        }

        var builder = new FormulaBuilder();
        var formula = builder.Convert(condition, 0);
        return builder._atoms > MaxAtoms ? null : formula;
    }

    private Formula Convert(BoundExpression expression, int letDepth)
    {
        if (_atoms > MaxAtoms)
        {
            return ConstantFormula.True;
        }

        // Logical operators are not folded here: their constant operands become constant formulas, which the solver
        // treats by Kleene's rules anyway, and folding every node of a long chain would be quadratic.
        if (expression is not (BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or } or BoundUnaryExpression)
            && ConstantFolder.TryFold(expression) is { Kind: TypeKind.Bool } constant)
        {
            return constant.Boolean ? ConstantFormula.True : ConstantFormula.False;
        }

        switch (expression)
        {
            case BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or } logical:
                return new JunctionFormula(
                    logical.OperatorKind == BoundBinaryOperatorKind.And,
                    [Convert(logical.Left, letDepth), Convert(logical.Right, letDepth)]);
            case BoundUnaryExpression { OperatorKind: BoundUnaryOperatorKind.Not } not:
                return Convert(not.Operand, letDepth).Negate();
            case BoundLetReference let when letDepth < MaxLetExpansion && !ErrorFinder.HasError(let.Let.Expression):
                return Convert(let.Let.Expression, letDepth + 1);
            case BoundBinaryExpression binary when binary.OperatorKind >= BoundBinaryOperatorKind.Equal:
                return Comparison(binary, letDepth);
            case BoundInExpression @in:
                return In(@in);
            case BoundBetweenExpression between:
                return Between(between);
            default:
                return Proposition(ExpressionKey.Of(expression), positive: true);
        }
    }

    private Formula Comparison(BoundBinaryExpression binary, int letDepth)
    {
        var kind = binary.OperatorKind;
        var left = ConstantFolder.TryFold(binary.Left);
        var right = ConstantFolder.TryFold(binary.Right);
        if (left is null && right is not null)
        {
            return Compare(binary.Left, kind, right, binary.Right, binary, letDepth);
        }

        if (right is null && left is not null)
        {
            return Compare(binary.Right, Flip(kind), left, binary.Left, binary, letDepth);
        }

        return Symbolic(binary.Left, kind, binary.Right);
    }

    /// <summary><c>subject OP constant</c>.</summary>
    private Formula Compare(BoundExpression subject, BoundBinaryOperatorKind kind, ConstantValue value, BoundExpression valueExpression, BoundBinaryExpression whole, int letDepth)
    {
        switch (value.Kind)
        {
            case TypeKind.Bool when kind is BoundBinaryOperatorKind.Equal or BoundBinaryOperatorKind.NotEqual:
                var holds = Convert(subject, letDepth);
                return value.Boolean == (kind == BoundBinaryOperatorKind.Equal) ? holds : holds.Negate();
            case TypeKind.Number when SameDimension(subject, valueExpression):
            case TypeKind.Date:
                return Membership(subject, NumberRange(kind, Scalar(value)), NumberDomain(subject));
            case TypeKind.String when kind is BoundBinaryOperatorKind.Equal:
                return Membership(subject, TextSet.Only([value.Text!]), TextDomain(subject));
            case TypeKind.String when kind is BoundBinaryOperatorKind.NotEqual:
                return Membership(subject, TextSet.Except([value.Text!]), TextDomain(subject));
            default:
                return Proposition(ExpressionKey.Of(whole), positive: true);
        }
    }

    /// <summary>
    /// Neither side is constant: one proposition per unordered pair. <c>a &lt; b</c> is the proposition Less(a, b),
    /// <c>a &gt;= b</c> its negation (values are totally ordered once known), <c>a != b</c> the negation of Equal(a, b).
    /// </summary>
    private Formula Symbolic(BoundExpression left, BoundBinaryOperatorKind kind, BoundExpression right)
    {
        var l = ExpressionKey.Of(left);
        var r = ExpressionKey.Of(right);
        return kind switch
        {
            BoundBinaryOperatorKind.Less => Proposition($"Less({l}, {r})", positive: true),
            BoundBinaryOperatorKind.GreaterOrEqual => Proposition($"Less({l}, {r})", positive: false),
            BoundBinaryOperatorKind.Greater => Proposition($"Less({r}, {l})", positive: true),
            BoundBinaryOperatorKind.LessOrEqual => Proposition($"Less({r}, {l})", positive: false),
            _ => Proposition(
                string.CompareOrdinal(l, r) <= 0 ? $"Equal({l}, {r})" : $"Equal({r}, {l})",
                positive: kind == BoundBinaryOperatorKind.Equal),
        };
    }

    private Formula In(BoundInExpression @in)
    {
        var items = ConstantFolder.TryFold(@in.Value) is null ? ConstantFolder.TryFold(@in.Collection)?.Items : null;
        Formula formula;
        if (items is null || items.Any(i => i.Kind != items[0].Kind) || (items.Count > 0 && items[0].Kind is not (TypeKind.Number or TypeKind.Date or TypeKind.String))
            || (items.Count > 0 && items[0].Kind == TypeKind.Number && !SameDimension(@in.Value, @in.Collection, elementOf: true)))
        {
            formula = Proposition("In(" + ExpressionKey.Of(@in.Value) + ", " + ExpressionKey.Of(@in.Collection) + ")", positive: true);
        }
        else if (items.Count == 0)
        {
            formula = ConstantFormula.False;
        }
        else if (items[0].Kind == TypeKind.String)
        {
            formula = Membership(@in.Value, TextSet.Only(items.Select(i => i.Text!)), TextDomain(@in.Value));
        }
        else
        {
            formula = Membership(@in.Value, NumberSet.Points(items.Select(Scalar)), NumberDomain(@in.Value));
        }

        return @in.Negated ? formula.Negate() : formula;
    }

    private Formula Between(BoundBetweenExpression between)
    {
        if (ConstantFolder.TryFold(between.Value) is not null)
        {
            // A constant between two expressions: compare symbolically.
            return new JunctionFormula(true, [Symbolic(between.Lower, BoundBinaryOperatorKind.LessOrEqual, between.Value), Symbolic(between.Value, BoundBinaryOperatorKind.LessOrEqual, between.Upper)]);
        }

        return new JunctionFormula(true, [Bound(between.Value, between.Lower, lower: true), Bound(between.Value, between.Upper, lower: false)]);
    }

    private Formula Bound(BoundExpression value, BoundExpression bound, bool lower)
    {
        if (ConstantFolder.TryFold(bound) is { Kind: TypeKind.Number or TypeKind.Date } constant && (constant.Kind == TypeKind.Date || SameDimension(value, bound)))
        {
            var set = lower ? NumberSet.Above(Scalar(constant), closed: true) : NumberSet.Below(Scalar(constant), closed: true);
            return Membership(value, set, NumberDomain(value));
        }

        return lower
            ? Symbolic(bound, BoundBinaryOperatorKind.LessOrEqual, value)
            : Symbolic(value, BoundBinaryOperatorKind.LessOrEqual, bound);
    }

    private MembershipFormula Membership(BoundExpression subject, ValueSet set, ValueSet domain)
    {
        _atoms++;
        return new MembershipFormula(ExpressionKey.Of(subject), set, domain);
    }

    private PropositionFormula Proposition(string key, bool positive)
    {
        _atoms++;
        return new PropositionFormula(key, positive);
    }

    private static NumberSet NumberRange(BoundBinaryOperatorKind kind, double value) => kind switch
    {
        BoundBinaryOperatorKind.Equal => NumberSet.Point(value),
        BoundBinaryOperatorKind.NotEqual => (NumberSet)NumberSet.Point(value).Complement(),
        BoundBinaryOperatorKind.Less => NumberSet.Below(value, closed: false),
        BoundBinaryOperatorKind.LessOrEqual => NumberSet.Below(value, closed: true),
        BoundBinaryOperatorKind.Greater => NumberSet.Above(value, closed: false),
        _ => NumberSet.Above(value, closed: true),
    };

    /// <summary>Numbers in base units; dates as whole day numbers (exact in a double).</summary>
    private static double Scalar(ConstantValue value) =>
        value.Kind == TypeKind.Date ? value.Date.Ticks / TimeSpan.TicksPerDay : value.Number;

    /// <summary>
    /// What a number can be by construction: a count is at least 0, an absolute value too, a rank at least 1. (Schemas
    /// declare no ranges, so fields are unbounded.)
    /// </summary>
    private static NumberSet NumberDomain(BoundExpression subject) => subject switch
    {
        BoundCallExpression { Operation: BuiltinOperation.CountList or BuiltinOperation.Abs } => NumberSet.Above(0, closed: true),
        BoundPopulationAggregate { Aggregate: AggregateKind.Count } => NumberSet.Above(0, closed: true),
        BoundPopulationAggregate { Aggregate: AggregateKind.Rank } => NumberSet.Above(1, closed: true),
        _ => NumberSet.All,
    };

    /// <summary>An enum's values bound what its subject can be; other texts are unbounded.</summary>
    private static TextSet TextDomain(BoundExpression subject) =>
        subject.Type.Kind == TypeKind.Enum && subject.Type.EnumValues.Count > 0 ? TextSet.Only(subject.Type.EnumValues) : TextSet.All;

    /// <summary>
    /// Values are comparable only within one dimension; the binder reports a mismatch (TAO3003), and this keeps the
    /// reasoning from comparing 10 USD with 5 EUR as if they were numbers of one scale.
    /// </summary>
    private static bool SameDimension(BoundExpression subject, BoundExpression value, bool elementOf = false)
    {
        var valueType = elementOf ? value.Type.ElementType : value.Type;
        return subject.Type.IsNumber && valueType is { IsNumber: true } && subject.Type.Unit.HasSameDimension(valueType.Unit);
    }

    private static BoundBinaryOperatorKind Flip(BoundBinaryOperatorKind kind) => kind switch
    {
        BoundBinaryOperatorKind.Less => BoundBinaryOperatorKind.Greater,
        BoundBinaryOperatorKind.LessOrEqual => BoundBinaryOperatorKind.GreaterOrEqual,
        BoundBinaryOperatorKind.Greater => BoundBinaryOperatorKind.Less,
        BoundBinaryOperatorKind.GreaterOrEqual => BoundBinaryOperatorKind.LessOrEqual,
        _ => kind,
    };
}
