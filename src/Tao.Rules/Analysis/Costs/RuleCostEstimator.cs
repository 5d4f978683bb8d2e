using System.Globalization;
using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Costs;

/// <summary>
/// A static, CEL-style cost estimate of a rule from the shape of its bound expressions (docs/cost.md): every node
/// costs 1; a call costs 1 more than its arguments; going over a list (<c>any</c>, <c>all</c>, <c>sum(list)</c>,
/// <c>in</c> a list field…) costs <see cref="LintOptions.AssumedListLength"/> times its per-element cost; a population
/// aggregate visits <see cref="LintOptions.AssumedPopulationSize"/> (n) entities, and <c>rank</c> also sorts them
/// (n·log₂n). Each let and each aggregate the rule needs is counted once, as its own item, as an evaluation computes it
/// once. <c>because</c> and <c>remedy</c> texts are only rendered for a fail and are not counted.
/// </summary>
public static class RuleCostEstimator
{
    /// <summary>The cost of every rule of <paramref name="package"/>, in rule order.</summary>
    public static IReadOnlyList<RuleCost> Estimate(BoundPackage package, LintOptions? options = null) =>
        package.Rules.Select(r => Estimate(r, options)).ToList();

    /// <summary>The cost of one rule; <paramref name="options"/> gives the assumed population and list sizes.</summary>
    public static RuleCost Estimate(BoundRule rule, LintOptions? options = null)
    {
        var walk = new CostWalk(options ?? LintOptions.Default);
        var items = new List<CostItem>();
        if (rule.When is not null)
        {
            items.Add(new CostItem("when", walk.Cost(rule.When)));
        }

        if (rule.Require is not null)
        {
            items.Add(new CostItem("require", walk.Cost(rule.Require)));
        }

        // Lets and aggregates found on the way, and those they need in turn.
        for (var i = 0; i < walk.Pending.Count; i++)
        {
            items.Add(walk.Pending[i] switch
            {
                BoundLet let => new CostItem("let " + let.Name, walk.Cost(let.Expression)),
                BoundPopulationAggregate aggregate => new CostItem(Describe(aggregate), walk.PopulationCost(aggregate)),
                _ => throw new InvalidOperationException("unexpected pending node"),
            });
        }

        return new RuleCost(rule, items.OrderByDescending(i => i.Cost).ThenBy(i => i.What, StringComparer.Ordinal).ToList());
    }

    private static string Describe(BoundPopulationAggregate aggregate)
    {
        var line = aggregate.Syntax.Span.GetLocation().StartPosition.Line.ToString(CultureInfo.InvariantCulture);
        return aggregate.Aggregate.ToString().ToLowerInvariant() + "(all …) at line " + line;
    }

    /// <summary>Costs expressions and collects the lets and aggregates they need, each once.</summary>
    private sealed class CostWalk(LintOptions options)
    {
        private readonly HashSet<BoundNode> _seen = [];

        /// <summary>Inside a population's selector and filter: the lets there are costed per member, not queued.</summary>
        private bool _perMember;

        public List<BoundNode> Pending { get; } = [];

        public long Cost(BoundExpression expression) => (long)Math.Min(Steps(expression), long.MaxValue);

        /// <summary>n × (selector + filter, with the lets they use per member) + n·log₂n for <c>rank</c> + its value.</summary>
        public long PopulationCost(BoundPopulationAggregate aggregate)
        {
            double n = Math.Max(1, options.AssumedPopulationSize);
            _perMember = true;
            var perMember = Steps(aggregate.Selector) + (aggregate.Filter is null ? 0 : Steps(aggregate.Filter)) + MemberLets(aggregate);
            _perMember = false;
            var total = n * perMember;
            if (aggregate.Aggregate == AggregateKind.Rank)
            {
                total += n * Math.Log(n, 2);
                if (aggregate.Value is not null && !ReferenceEquals(aggregate.Value, aggregate.Selector))
                {
                    total += Steps(aggregate.Value);
                }
            }

            return (long)Math.Min(Math.Ceiling(total), long.MaxValue);
        }

        private double Steps(BoundExpression expression) => expression switch
        {
            BoundLetReference let => 1 + (_perMember ? 0 : Need(let.Let)),
            BoundPopulationAggregate aggregate => 1 + Need(aggregate),
            BoundListExpression list => 1 + list.Elements.Sum(Steps),
            BoundUnaryExpression unary => 1 + Steps(unary.Operand),
            BoundBinaryExpression binary => 1 + Steps(binary.Left) + Steps(binary.Right),
            BoundInExpression @in => 1 + Steps(@in.Value) + Steps(@in.Collection) + Length(@in.Collection),
            BoundBetweenExpression between => 1 + Steps(between.Value) + Steps(between.Lower) + Steps(between.Upper),
            BoundCallExpression call => Call(call),
            BoundLambdaExpression lambda => Steps(lambda.Body),
            _ => 1,
        };

        private double Call(BoundCallExpression call)
        {
            var arguments = call.Arguments.Where(a => a is not BoundLambdaExpression).Sum(Steps);
            return call.Operation switch
            {
                BuiltinOperation.AnyList or BuiltinOperation.AllList =>
                    1 + arguments + (Length(call.Arguments[0]) * Steps(call.Arguments[1])),
                BuiltinOperation.SumList or BuiltinOperation.MinList or BuiltinOperation.MaxList or BuiltinOperation.AvgList =>
                    1 + arguments + Length(call.Arguments[0]),
                _ => 1 + arguments,
            };
        }

        /// <summary>The elements a list holds: a literal's or a param default's count, else the assumed length.</summary>
        private double Length(BoundExpression list) => list switch
        {
            BoundListExpression literal => literal.Elements.Count,
            BoundParamReference { Param.DefaultValue.Items: { } items } => items.Count,
            _ => Math.Max(1, options.AssumedListLength),
        };

        /// <summary>Queues a let or aggregate for its own item; it costs nothing more where it is used.</summary>
        private double Need(BoundNode node)
        {
            if (_seen.Add(node))
            {
                Pending.Add(node);
            }

            return 0;
        }

        /// <summary>The lets that a population's selector and filter use, computed for every member.</summary>
        private double MemberLets(BoundPopulationAggregate aggregate)
        {
            var lets = new LetCollector();
            lets.VisitExpression(aggregate.Selector);
            if (aggregate.Filter is not null)
            {
                lets.VisitExpression(aggregate.Filter);
            }

            var total = 0.0;
            var visited = new HashSet<BoundLet>();
            var pending = new Stack<BoundLet>(lets.Found);
            while (pending.Count > 0)
            {
                var let = pending.Pop();
                if (!visited.Add(let))
                {
                    continue;
                }

                var inner = new LetCollector();
                inner.VisitExpression(let.Expression);
                foreach (var next in inner.Found)
                {
                    pending.Push(next);
                }

                total += Steps(let.Expression);
            }

            return total;
        }
    }

    /// <summary>The lets an expression refers to, not looking inside nested population aggregates (computed once).</summary>
    private sealed class LetCollector : BoundTreeWalker
    {
        public List<BoundLet> Found { get; } = [];

        public override void VisitExpression(BoundExpression expression)
        {
            if (expression is BoundLetReference let)
            {
                Found.Add(let.Let);
            }
            else if (expression is not BoundPopulationAggregate)
            {
                base.VisitExpression(expression);
            }
        }
    }
}
