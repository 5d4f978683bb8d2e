using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>
/// Which lets each let uses, read from the syntax before binding, so lets can be bound in dependency order and
/// cycles named (<c>a -> b -> a</c>). Iterative: a long chain of lets cannot overflow the stack.
/// </summary>
internal sealed class LetDependencyGraph
{
    private const int MaxDepth = 1_000;

    private readonly IReadOnlyList<LetDeclarationSyntax> _lets;
    private readonly List<int>[] _edges;

    public LetDependencyGraph(IReadOnlyList<LetDeclarationSyntax> lets, IReadOnlyDictionary<string, int> letIndexByName)
    {
        _lets = lets;
        _edges = new List<int>[lets.Count];
        for (var i = 0; i < lets.Count; i++)
        {
            var edges = new List<int>();
            Collect(lets[i].Value, letIndexByName, new List<string>(), edges, 0);
            _edges[i] = edges;
        }
    }

    /// <summary>The lets in an order where each comes after those it uses (declaration order where free).</summary>
    public IReadOnlyList<int> Order { get; private set; } = [];

    /// <summary>Each cycle found, as let indices starting at the earliest declared member (first not repeated at the end).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Cycles { get; private set; } = [];

    /// <summary>Sorts the graph and finds its cycles (depth-first, post-order).</summary>
    public void Sort()
    {
        var order = new List<int>(_lets.Count);
        var cycles = new List<IReadOnlyList<int>>();
        var seenCycles = new HashSet<string>(StringComparer.Ordinal);
        var state = new byte[_lets.Count]; // 0 unvisited, 1 on the path, 2 done
        var path = new List<int>();
        var next = new List<int>();
        for (var root = 0; root < _lets.Count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            path.Add(root);
            next.Add(0);
            state[root] = 1;
            while (path.Count > 0)
            {
                var top = path.Count - 1;
                var node = path[top];
                if (next[top] < _edges[node].Count)
                {
                    var target = _edges[node][next[top]++];
                    if (state[target] == 0)
                    {
                        path.Add(target);
                        next.Add(0);
                        state[target] = 1;
                    }
                    else if (state[target] == 1)
                    {
                        var cycle = Rotate(path.GetRange(path.LastIndexOf(target), path.Count - path.LastIndexOf(target)));
                        if (seenCycles.Add(string.Join(",", cycle)))
                        {
                            cycles.Add(cycle);
                        }
                    }
                }
                else
                {
                    state[node] = 2;
                    order.Add(node);
                    path.RemoveAt(top);
                    next.RemoveAt(top);
                }
            }
        }

        Order = order;
        Cycles = cycles;
    }

    /// <summary>Starts a cycle at its earliest declared let, so each cycle is named the same way every time.</summary>
    private static List<int> Rotate(List<int> cycle)
    {
        var start = cycle.IndexOf(cycle.Min());
        return [.. cycle.Skip(start), .. cycle.Take(start)];
    }

    private static void Collect(ExpressionSyntax syntax, IReadOnlyDictionary<string, int> lets, List<string> lambdaNames, List<int> edges, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (syntax)
        {
            case NameExpressionSyntax name:
                if (!lambdaNames.Contains(name.Identifier.Name) && lets.TryGetValue(name.Identifier.Name, out var index) && !edges.Contains(index))
                {
                    edges.Add(index);
                }

                break;
            case MemberAccessExpressionSyntax member when member.Target is not NameExpressionSyntax:
                Collect(member.Target, lets, lambdaNames, edges, depth + 1);
                break;
            case ListExpressionSyntax list:
                foreach (var element in list.Elements)
                {
                    Collect(element, lets, lambdaNames, edges, depth + 1);
                }

                break;
            case CallExpressionSyntax call:
                foreach (var argument in call.Arguments)
                {
                    Collect(argument, lets, lambdaNames, edges, depth + 1);
                }

                break;
            case LambdaExpressionSyntax lambda:
                lambdaNames.Add(lambda.Parameter.Name);
                Collect(lambda.Body, lets, lambdaNames, edges, depth + 1);
                lambdaNames.RemoveAt(lambdaNames.Count - 1);
                break;
            case UnaryExpressionSyntax unary:
                Collect(unary.Operand, lets, lambdaNames, edges, depth + 1);
                break;
            case BinaryExpressionSyntax binary:
                Collect(binary.Left, lets, lambdaNames, edges, depth + 1);
                Collect(binary.Right, lets, lambdaNames, edges, depth + 1);
                break;
            case InExpressionSyntax @in:
                Collect(@in.Value, lets, lambdaNames, edges, depth + 1);
                Collect(@in.Collection, lets, lambdaNames, edges, depth + 1);
                break;
            case BetweenExpressionSyntax between:
                Collect(between.Value, lets, lambdaNames, edges, depth + 1);
                Collect(between.Lower, lets, lambdaNames, edges, depth + 1);
                Collect(between.Upper, lets, lambdaNames, edges, depth + 1);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Collect(parenthesized.Expression, lets, lambdaNames, edges, depth + 1);
                break;
            case PopulationExpressionSyntax population:
                // Inside 'all …' the enclosing lambda parameters are out of reach, so a let of that name is meant.
                var inner = new List<string>();
                Collect(population.Selector, lets, inner, edges, depth + 1);
                if (population.Filter is not null)
                {
                    Collect(population.Filter, lets, inner, edges, depth + 1);
                }

                break;
        }
    }
}
