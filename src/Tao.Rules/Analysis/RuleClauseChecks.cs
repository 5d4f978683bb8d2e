using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;

namespace Tao.Rules.Analysis;

/// <summary>
/// A rule that lacks a clause it should have: TAO4002 without <c>cite</c> (say which regulation it encodes), TAO4003
/// without <c>because</c> (a fail must be explained), TAO4005 without <c>severity</c> (it counts as major), TAO4009
/// without <c>require</c> (it checks nothing). Reported at the rule id.
/// </summary>
internal sealed class MissingClauseCheck(DiagnosticDescriptor descriptor, Func<RuleDeclarationSyntax, ClauseSyntax?> clause) : PackageCheck
{
    public static IReadOnlyList<MissingClauseCheck> All { get; } =
    [
        new(DiagnosticCatalog.MissingCitation, r => r.Cite),
        new(DiagnosticCatalog.MissingBecause, r => r.Because),
        new(DiagnosticCatalog.MissingSeverity, r => r.Severity),
        new(DiagnosticCatalog.MissingRequire, r => r.Require),
    ];

    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var package = context.Package;
        foreach (var rule in package.Rules.Where(r => clause(r.Syntax) is null))
        {
            diagnostics.Add(descriptor, rule.Syntax.Id.Span, rule.Id);
        }
    }
}

/// <summary>TAO4001: rule ids identify outcomes, waivers and tests, so they must be unique (reported at the repeat).</summary>
internal sealed class DuplicateRuleIdCheck : PackageCheck
{
    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var package = context.Package;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in package.Rules)
        {
            if (!seen.Add(rule.Id))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateRuleId, rule.Syntax.Id.Span, rule.Id);
            }
        }
    }
}

/// <summary>TAO4004: every rule should be exercised by an <c>expect</c> in the package's tests.</summary>
internal sealed class UntestedRuleCheck : PackageCheck
{
    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var package = context.Package;
        var tested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in package.Tests)
        {
            foreach (var expectation in test.Expectations.OfType<BoundExpectOutcome>())
            {
                tested.Add(expectation.Rule.Id);
            }
        }

        foreach (var rule in package.Rules.Where(r => !tested.Contains(r.Id)))
        {
            diagnostics.Add(DiagnosticCatalog.UntestedRule, rule.Syntax.Id.Span, rule.Id);
        }
    }
}
