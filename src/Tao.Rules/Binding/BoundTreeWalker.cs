namespace Tao.Rules.Binding;

/// <summary>
/// Visits every node of a bound expression, children before nothing: override <see cref="VisitExpression"/> to see
/// each node and call the base to descend. Depth is bounded by the binder (the parser refuses deeper nesting).
/// </summary>
public abstract class BoundTreeWalker
{
    public virtual void VisitExpression(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundListExpression list:
                foreach (var element in list.Elements)
                {
                    VisitExpression(element);
                }

                break;
            case BoundUnaryExpression unary:
                VisitExpression(unary.Operand);
                break;
            case BoundBinaryExpression binary:
                VisitExpression(binary.Left);
                VisitExpression(binary.Right);
                break;
            case BoundInExpression @in:
                VisitExpression(@in.Value);
                VisitExpression(@in.Collection);
                break;
            case BoundBetweenExpression between:
                VisitExpression(between.Value);
                VisitExpression(between.Lower);
                VisitExpression(between.Upper);
                break;
            case BoundCallExpression call:
                foreach (var argument in call.Arguments)
                {
                    VisitExpression(argument);
                }

                break;
            case BoundRuleFunctionCall function:
                foreach (var argument in function.Arguments)
                {
                    VisitExpression(argument);
                }

                break;
            case BoundLambdaExpression lambda:
                VisitExpression(lambda.Body);
                break;
            case BoundPopulationAggregate aggregate:
                VisitExpression(aggregate.Selector);
                if (aggregate.Filter is not null)
                {
                    VisitExpression(aggregate.Filter);
                }

                // The one-argument rank reuses its selector as the value: visit it once.
                if (aggregate.Value is not null && !ReferenceEquals(aggregate.Value, aggregate.Selector))
                {
                    VisitExpression(aggregate.Value);
                }

                break;
        }
    }

    /// <summary>Visits every expression of a package: params, lets, rules (conditions and text holes).</summary>
    public void VisitPackage(BoundPackage package)
    {
        foreach (var param in package.Params)
        {
            VisitExpression(param.Value);
        }

        foreach (var let in package.Lets)
        {
            VisitExpression(let.Expression);
        }

        foreach (var rule in package.Rules)
        {
            VisitRule(rule);
        }
    }

    public void VisitRule(BoundRule rule)
    {
        if (rule.When is not null)
        {
            VisitExpression(rule.When);
        }

        if (rule.Require is not null)
        {
            VisitExpression(rule.Require);
        }

        foreach (var text in new[] { rule.Because, rule.Remedy })
        {
            foreach (var part in text?.Parts ?? [])
            {
                if (part.Hole is not null)
                {
                    VisitExpression(part.Hole);
                }
            }
        }
    }
}
