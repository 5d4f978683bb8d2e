using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// What a rule's outcome depends on: the entity's own fields, the params and lets it reads (through lets too), whether
/// it reads <c>as_of</c>, and whether it reads a population aggregate (whose members' fields are not the entity's).
/// Only <c>when</c> and <c>require</c> count: <c>because</c> and <c>remedy</c> change the words, not the outcome.
/// </summary>
internal sealed class RuleInputs : BoundTreeWalker
{
    private readonly HashSet<(BoundLet Let, bool InPopulation)> _visited = [];
    private int _populationDepth;

    private RuleInputs()
    {
    }

    /// <summary>The entity's own fields read, by name.</summary>
    public SortedSet<string> Fields { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Params { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Lets { get; } = new(StringComparer.Ordinal);

    public bool ReadsAsOf { get; private set; }

    public bool ReadsPopulation { get; private set; }

    public static RuleInputs Of(BoundRule rule)
    {
        var inputs = new RuleInputs();
        if (rule.When is not null)
        {
            inputs.VisitExpression(rule.When);
        }

        if (rule.Require is not null)
        {
            inputs.VisitExpression(rule.Require);
        }

        return inputs;
    }

    public override void VisitExpression(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundFieldAccess field:
                if (_populationDepth == 0)
                {
                    Fields.Add(field.Field.Name);
                }

                return;
            case BoundParamReference param:
                Params.Add(param.Param.Name);
                return;
            case BoundLetReference let:
                Lets.Add(let.Let.Name);
                // A let is visited once per context: the let graph is acyclic (TAO3006), and this bounds the work.
                if (_visited.Add((let.Let, _populationDepth > 0)))
                {
                    VisitExpression(let.Let.Expression);
                }

                return;
            case BoundAsOf:
                ReadsAsOf = true;
                return;
            case BoundPopulationAggregate aggregate:
                ReadsPopulation = true;
                _populationDepth++;
                VisitExpression(aggregate.Selector);
                if (aggregate.Filter is not null)
                {
                    VisitExpression(aggregate.Filter);
                }

                _populationDepth--;
                if (aggregate.Value is not null)
                {
                    // rank's value is the evaluated entity's own (the one-argument rank reuses its selector for it).
                    VisitExpression(aggregate.Value);
                }

                return;
            default:
                base.VisitExpression(expression);
                return;
        }
    }
}
