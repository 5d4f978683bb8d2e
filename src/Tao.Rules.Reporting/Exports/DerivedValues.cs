using System.Runtime.CompilerServices;
using Tao.Rules.Binding;
using Tao.Rules.Evaluation;

namespace Tao.Rules.Reporting.Exports;

/// <summary>One entity's <c>let</c> values for a pack, in declaration order (the order a reader of the rule file expects).</summary>
public static class DerivedValues
{
    private static readonly ConditionalWeakTable<CompiledPack, BoundLet[]> Ordered = new();

    public static IEnumerable<DerivedValue> Of(EvaluationResult result, int row)
    {
        var lets = Ordered.GetValue(result.Pack, pack => pack.Package.Lets.OrderBy(l => l.Syntax.Span.Start).ToArray());
        foreach (var let in lets)
        {
            yield return result.GetDerived(row, let);
        }
    }
}
