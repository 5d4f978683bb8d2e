using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>TAO4002: a rule must say which regulation or policy it encodes.</summary>
internal sealed class MissingCitationCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var rule in package.Rules.Where(r => r.Syntax.Cite is null))
        {
            diagnostics.Add(DiagnosticCatalog.MissingCitation, rule.Syntax.Id.Span, rule.Id);
        }
    }
}

/// <summary>TAO4003: a fail must be explained in business words.</summary>
internal sealed class MissingBecauseCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var rule in package.Rules.Where(r => r.Syntax.Because is null))
        {
            diagnostics.Add(DiagnosticCatalog.MissingBecause, rule.Syntax.Id.Span, rule.Id);
        }
    }
}

/// <summary>TAO4005: without a severity a rule counts as major; say so explicitly.</summary>
internal sealed class MissingSeverityCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var rule in package.Rules.Where(r => r.Syntax.Severity is null))
        {
            diagnostics.Add(DiagnosticCatalog.MissingSeverity, rule.Syntax.Id.Span, rule.Id);
        }
    }
}

/// <summary>TAO4009: a rule without <c>require</c> checks nothing.</summary>
internal sealed class MissingRequireCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var rule in package.Rules.Where(r => r.Syntax.Require is null))
        {
            diagnostics.Add(DiagnosticCatalog.MissingRequire, rule.Syntax.Id.Span, rule.Id);
        }
    }
}

/// <summary>TAO4001: rule ids identify outcomes, waivers and tests, so they must be unique (reported at the repeat).</summary>
internal sealed class DuplicateRuleIdCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
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
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
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
