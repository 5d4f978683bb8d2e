using Tao.Rules.Analysis.Reasoning;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4011: a rule whose <c>when</c> and <c>require</c> are those of an earlier rule, up to formatting, parentheses,
/// the order of <c>and</c>/<c>or</c> operands and the unit a literal is written in (conditions are compared as
/// normalised bound trees, see <see cref="ExpressionKey"/>). Both rules always have the same outcome, so one of them is
/// redundant, or was meant to say something else. Rules whose effective windows do not overlap are versions of one
/// another, not duplicates.
/// </summary>
internal sealed class DuplicateConditionCheck : PackageCheck
{
    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, List<BoundRule>>(StringComparer.Ordinal);
        foreach (var conditions in context.Conditions)
        {
            var rule = conditions.Rule;
            if (conditions.Key is not { } key)
            {
                continue;
            }

            if (!seen.TryGetValue(key, out var earlier))
            {
                seen.Add(key, [rule]);
                continue;
            }

            if (earlier.FirstOrDefault(e => RuleWindows.Overlap(e, rule)) is { } first)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateCondition, rule.Syntax.Id.Span, rule.Id, first.Id, RuleWindows.Line(first));
            }

            earlier.Add(rule);
        }
    }
}
