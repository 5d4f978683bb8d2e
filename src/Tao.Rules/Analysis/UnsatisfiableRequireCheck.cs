using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4007: a <c>require</c> whose conjuncts contradict each other on one field or let: <c>x &gt; 5 USD and x &lt; 3 USD</c>,
/// <c>x == "a" and x == "b"</c>, <c>x between 1 and 2 and x &gt; 3</c>. Values are compared in base units, so
/// <c>x &gt; 1 weeks and x &lt; 5 days</c> is caught too.
/// </summary>
internal sealed class UnsatisfiableRequireCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var rule in package.Rules)
        {
            var require = rule.Require;
            if (require is null || require.Type.IsError || ConstantFolder.TryFold(require) is not null)
            {
                // A constant require is TAO4006's.
                continue;
            }

            var conjuncts = new List<BoundExpression>();
            Flatten(require, conjuncts);
            var constraints = new Dictionary<string, SubjectConstraints>(StringComparer.Ordinal);
            foreach (var conjunct in conjuncts)
            {
                foreach (var (subject, constraint) in Constraints(conjunct))
                {
                    if (!constraints.TryGetValue(subject, out var existing))
                    {
                        existing = new SubjectConstraints();
                        constraints.Add(subject, existing);
                    }

                    if (existing.AddAndFindConflict(constraint) is { } conflict)
                    {
                        var reason = ReferenceEquals(conflict.Source, constraint.Source)
                            ? $"'{constraint.Source.Syntax.Span}' is empty"
                            : $"'{conflict.Source.Syntax.Span}' and '{constraint.Source.Syntax.Span}' cannot both hold";
                        diagnostics.Add(DiagnosticCatalog.UnsatisfiableRequire, require.Syntax.Span, reason);
                        goto nextRule;
                    }
                }
            }

        nextRule:;
        }
    }

    private static void Flatten(BoundExpression expression, List<BoundExpression> conjuncts)
    {
        // Iterative on the left spine: long chains of 'and' are common.
        var pending = new Stack<BoundExpression>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.And } and)
            {
                pending.Push(and.Right);
                pending.Push(and.Left);
            }
            else
            {
                conjuncts.Add(current);
            }
        }
    }

    /// <summary>The constraints one conjunct puts on a subject (a field or a let) compared with constants.</summary>
    private static IEnumerable<(string Subject, Constraint Constraint)> Constraints(BoundExpression conjunct)
    {
        switch (conjunct)
        {
            case BoundBinaryExpression binary when IsComparison(binary.OperatorKind):
                if (SubjectOf(binary.Left) is { } left && ConstantFolder.TryFold(binary.Right) is { } right)
                {
                    yield return (left, new Constraint(binary.OperatorKind, right, conjunct));
                }
                else if (SubjectOf(binary.Right) is { } subject && ConstantFolder.TryFold(binary.Left) is { } value)
                {
                    yield return (subject, new Constraint(Flip(binary.OperatorKind), value, conjunct));
                }

                break;
            case BoundBetweenExpression between when SubjectOf(between.Value) is { } subject:
                if (ConstantFolder.TryFold(between.Lower) is { } lower && ConstantFolder.TryFold(between.Upper) is { } upper)
                {
                    yield return (subject, new Constraint(BoundBinaryOperatorKind.GreaterOrEqual, lower, conjunct));
                    yield return (subject, new Constraint(BoundBinaryOperatorKind.LessOrEqual, upper, conjunct));
                }

                break;
            case BoundInExpression { Negated: false } @in when SubjectOf(@in.Value) is { } subject:
                if (ConstantFolder.TryFold(@in.Collection) is { Items: { } items })
                {
                    yield return (subject, new Constraint(null, null, conjunct, items));
                }

                break;
        }
    }

    private static string? SubjectOf(BoundExpression expression) => expression switch
    {
        BoundFieldAccess field => field.Entity.Kind + "." + field.Field.Name,
        BoundLetReference let => let.Let.Name,
        _ => null,
    };

    private static bool IsComparison(BoundBinaryOperatorKind kind) => kind >= BoundBinaryOperatorKind.Equal;

    private static BoundBinaryOperatorKind Flip(BoundBinaryOperatorKind kind) => kind switch
    {
        BoundBinaryOperatorKind.Less => BoundBinaryOperatorKind.Greater,
        BoundBinaryOperatorKind.LessOrEqual => BoundBinaryOperatorKind.GreaterOrEqual,
        BoundBinaryOperatorKind.Greater => BoundBinaryOperatorKind.Less,
        BoundBinaryOperatorKind.GreaterOrEqual => BoundBinaryOperatorKind.LessOrEqual,
        _ => kind,
    };

    /// <summary><c>subject OP value</c>, or (with <see cref="Allowed"/>) <c>subject in [values]</c>.</summary>
    private sealed record Constraint(BoundBinaryOperatorKind? Operator, ConstantValue? Value, BoundExpression Source, IReadOnlyList<ConstantValue>? Allowed = null);

    /// <summary>What is known about one subject so far: an interval, equalities, exclusions, allowed sets.</summary>
    private sealed class SubjectConstraints
    {
        private readonly List<Constraint> _all = [];

        public Constraint? AddAndFindConflict(Constraint added)
        {
            if (added.Allowed is { Count: 0 })
            {
                return added;
            }

            foreach (var existing in _all)
            {
                if (Conflict(existing, added))
                {
                    return existing;
                }
            }

            _all.Add(added);
            return null;
        }

        /// <summary>Two constraints conflict when no single value satisfies both.</summary>
        private static bool Conflict(Constraint a, Constraint b)
        {
            if (a.Allowed is not null || b.Allowed is not null)
            {
                var (set, other) = a.Allowed is not null ? (a.Allowed, b) : (b.Allowed!, a);
                return other.Allowed is not null
                    ? !set.Any(x => other.Allowed.Any(y => x.ValueEquals(y)))
                    : !set.Any(x => Satisfies(x, other));
            }

            // An equality leaves one candidate.
            if (a.Operator == BoundBinaryOperatorKind.Equal)
            {
                return !Satisfies(a.Value!, b);
            }

            if (b.Operator == BoundBinaryOperatorKind.Equal)
            {
                return !Satisfies(b.Value!, a);
            }

            // Otherwise a boundary value that satisfies both, or a non-empty open interval between a lower and an
            // upper bound, shows that both can hold.
            if (Satisfies(a.Value!, b) && Satisfies(a.Value!, a))
            {
                return false;
            }

            if (Satisfies(b.Value!, a) && Satisfies(b.Value!, b))
            {
                return false;
            }

            return !OpenIntervalOverlap(a, b);
        }

        /// <summary>Bounds on opposite sides whose open interval is non-empty (<c>x &gt; 1 and x &lt; 3</c>), or two != .</summary>
        private static bool OpenIntervalOverlap(Constraint a, Constraint b)
        {
            if (a.Operator == BoundBinaryOperatorKind.NotEqual || b.Operator == BoundBinaryOperatorKind.NotEqual)
            {
                // x != c is satisfiable alongside anything but x == c (caught above) on a dense or large domain.
                return a.Operator != BoundBinaryOperatorKind.Equal && b.Operator != BoundBinaryOperatorKind.Equal;
            }

            var (lower, upper) = IsLower(a.Operator) ? (a, b) : (b, a);
            if (!IsLower(lower.Operator) || !IsUpper(upper.Operator))
            {
                // Two bounds on the same side always overlap.
                return IsLower(a.Operator) == IsLower(b.Operator) && IsUpper(a.Operator) == IsUpper(b.Operator);
            }

            return ConstantFolder.Order(lower.Value!, upper.Value!) < 0;
        }

        private static bool IsLower(BoundBinaryOperatorKind? kind) => kind is BoundBinaryOperatorKind.Greater or BoundBinaryOperatorKind.GreaterOrEqual;

        private static bool IsUpper(BoundBinaryOperatorKind? kind) => kind is BoundBinaryOperatorKind.Less or BoundBinaryOperatorKind.LessOrEqual;

        private static bool Satisfies(ConstantValue value, Constraint constraint)
        {
            if (constraint.Allowed is not null)
            {
                return constraint.Allowed.Any(v => v.ValueEquals(value));
            }

            if (value.Kind != constraint.Value!.Kind)
            {
                return true;
            }

            var order = ConstantFolder.Order(value, constraint.Value);
            return constraint.Operator switch
            {
                BoundBinaryOperatorKind.Equal => order == 0,
                BoundBinaryOperatorKind.NotEqual => order != 0,
                BoundBinaryOperatorKind.Less => order < 0,
                BoundBinaryOperatorKind.LessOrEqual => order <= 0,
                BoundBinaryOperatorKind.Greater => order > 0,
                _ => order >= 0,
            };
        }
    }
}
