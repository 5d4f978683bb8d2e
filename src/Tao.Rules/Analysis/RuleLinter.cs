using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>Rule hygiene (TAO4xxx): checks a bound package for what makes rules hard to trust or maintain.</summary>
public static class RuleLinter
{
    private static readonly IReadOnlyList<PackageCheck> Checks =
    [
        new DuplicateRuleIdCheck(),
        .. MissingClauseCheck.All,
        new UntestedRuleCheck(),
        new ConstantConditionCheck(),
        new UnsatisfiableRequireCheck(),
        new UnusedDeclarationCheck(),
    ];

    /// <summary>Runs every check; works on packages with binding errors too (erroneous parts are skipped).</summary>
    public static void Lint(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var check in Checks)
        {
            check.Check(package, diagnostics);
        }
    }
}

/// <summary>One hygiene check over a whole package.</summary>
internal abstract class PackageCheck
{
    public abstract void Check(BoundPackage package, DiagnosticBag diagnostics);
}
