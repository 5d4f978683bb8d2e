namespace Tao.Rules.Binding;

/// <summary>
/// Assigns <see cref="BoundLet.Stage"/> and <see cref="BoundPopulationAggregate.Stage"/>, so an evaluator can compute
/// aggregates over let values (the TaoFlow share: <c>z / sum(all z)</c>) in waves.
/// </summary>
internal sealed class PopulationStages : BoundTreeWalker
{
    private int _highest;

    public static void Assign(IReadOnlyList<BoundLet> letsInOrder, IReadOnlyList<BoundPopulationAggregate> aggregatesInOrder)
    {
        var walker = new PopulationStages();

        // Aggregates come in binding order, each after those nested in it; lets in dependency order. An aggregate
        // inside a let may use earlier lets, so resolve lets and the aggregates they reach together.
        foreach (var let in letsInOrder)
        {
            let.Stage = walker.StageOf(let.Expression);
        }

        foreach (var aggregate in aggregatesInOrder)
        {
            if (aggregate.Stage == 0)
            {
                aggregate.Stage = 1 + walker.StageOfMembers(aggregate);
            }
        }
    }

    private int StageOf(BoundExpression expression)
    {
        var saved = _highest;
        _highest = 0;
        VisitExpression(expression);
        var result = _highest;
        _highest = Math.Max(saved, result);
        return result;
    }

    private int StageOfMembers(BoundPopulationAggregate aggregate)
    {
        var stage = StageOf(aggregate.Selector);
        if (aggregate.Filter is not null)
        {
            stage = Math.Max(stage, StageOf(aggregate.Filter));
        }

        return stage;
    }

    public override void VisitExpression(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLetReference reference:
                _highest = Math.Max(_highest, reference.Let.Stage);
                return;
            case BoundPopulationAggregate aggregate:
                if (aggregate.Stage == 0)
                {
                    aggregate.Stage = 1 + StageOfMembers(aggregate);
                }

                _highest = Math.Max(_highest, aggregate.Stage);
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
