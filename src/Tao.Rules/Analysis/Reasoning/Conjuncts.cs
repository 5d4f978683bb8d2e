using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>The operands of a chain of <c>and</c>, in source order.</summary>
internal static class Conjuncts
{
    public static IReadOnlyList<BoundExpression> Of(BoundExpression expression)
    {
        // Iterative on the left spine: long chains of 'and' are common.
        var conjuncts = new List<BoundExpression>();
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

        return conjuncts;
    }
}
