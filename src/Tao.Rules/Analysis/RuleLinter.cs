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
        new ContradictoryRulesCheck(),
        new DuplicateConditionCheck(),
        new CostBudgetCheck(),
    ];

    /// <summary>
    /// Runs every check; works on packages with binding errors too (erroneous parts are skipped).
    /// <paramref name="options"/> defaults to <see cref="LintOptions.Default"/>.
    /// </summary>
    public static void Lint(BoundPackage package, DiagnosticBag diagnostics, LintOptions? options = null)
    {
        var context = new LintContext(package, options ?? LintOptions.Default);
        foreach (var check in Checks)
        {
            check.Check(context, diagnostics);
        }
    }
}

/// <summary>One hygiene check over a whole package.</summary>
internal abstract class PackageCheck
{
    public abstract void Check(LintContext context, DiagnosticBag diagnostics);
}
