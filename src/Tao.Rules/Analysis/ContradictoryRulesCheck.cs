using Tao.Rules.Analysis.Reasoning;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4010: two rules of one package that no entity can pass together, although each can pass on its own among the
/// entities both apply to: where both <c>when</c>s hold (and both rules are in force), passing the first implies failing
/// the second (<c>require x &gt;= 3</c> and <c>require x &lt; 2</c>). Reported at the later rule, pointing at the earlier.
/// Only pairs whose requires share a field, let or proposition are compared, rules with identical conditions once, and
/// at most <see cref="MaxPairs"/> pairs per package, so a package of thousands of rules stays fast.
/// </summary>
internal sealed class ContradictoryRulesCheck : PackageCheck
{
    public const int MaxPairs = 20_000;

    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var candidates = Candidates(context.Conditions);
        var bySubject = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pairs = 0;
        for (var j = 0; j < candidates.Count; j++)
        {
            var later = candidates[j];
            var keys = new HashSet<string>(StringComparer.Ordinal);
            later.Require!.CollectKeys(keys);
            var earlier = new SortedSet<int>();
            foreach (var key in keys)
            {
                if (bySubject.TryGetValue(key, out var rules))
                {
                    earlier.UnionWith(rules);
                }
                else
                {
                    bySubject.Add(key, rules = []);
                }

                rules.Add(j);
            }

            foreach (var i in earlier)
            {
                if (++pairs > MaxPairs)
                {
                    return;
                }

                if (Contradict(candidates[i], later))
                {
                    var first = candidates[i].Rule;
                    diagnostics.Add(DiagnosticCatalog.ContradictoryRules, later.Rule.Syntax.Id.Span, later.Rule.Id, first.Id, RuleWindows.Line(first));
                    break;
                }
            }
        }
    }

    /// <summary>The analysable rules that can pass at all, one per distinct pair of conditions.</summary>
    private static List<RuleConditions> Candidates(IReadOnlyList<RuleConditions> all)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<RuleConditions>();
        foreach (var conditions in all)
        {
            if (!conditions.IsAnalysable
                || SatisfiabilitySolver.Solve(conditions.When!, conditions.Require!) != Satisfiability.Satisfiable
                || !distinct.Add(conditions.Key!))
            {
                continue;
            }

            candidates.Add(conditions);
        }

        return candidates;
    }

    private static bool Contradict(RuleConditions first, RuleConditions second)
    {
        if (!RuleWindows.Overlap(first.Rule, second.Rule))
        {
            return false;
        }

        var (w1, w2, q1, q2) = (first.When!, second.When!, first.Require!, second.Require!);
        return SatisfiabilitySolver.Solve(w1, w2) == Satisfiability.Satisfiable
            && SatisfiabilitySolver.Solve(w1, w2, q1) == Satisfiability.Satisfiable
            && SatisfiabilitySolver.Solve(w1, w2, q2) == Satisfiability.Satisfiable
            && SatisfiabilitySolver.IsUnsatisfiable(w1, w2, q1, q2);
    }
}
