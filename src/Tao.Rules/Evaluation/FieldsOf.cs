using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation;

/// <summary>The fields of the entity being evaluated that an expression reads (not those of population members).</summary>
internal sealed class FieldsOf : BoundTreeWalker
{
    private readonly List<BoundFieldAccess> _fields = [];

    public static IReadOnlyList<BoundFieldAccess> Entity(BoundExpression expression)
    {
        var walker = new FieldsOf();
        walker.VisitExpression(expression);
        return walker._fields;
    }

    public override void VisitExpression(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundFieldAccess field:
                _fields.Add(field);
                return;
            case BoundPopulationAggregate aggregate:
                if (aggregate.Value is not null && !ReferenceEquals(aggregate.Value, aggregate.Selector))
                {
                    VisitExpression(aggregate.Value);
                }

                return;
            default:
                base.VisitExpression(expression);
                return;
        }
    }
}
