using Tao.Rules.Analysis.Reasoning;
using Tao.Rules.Binding;

namespace Tao.Rules.Analysis;

/// <summary>What every check of one package sees: the package, the options, and the rules' conditions as formulas (built once).</summary>
internal sealed class LintContext(BoundPackage package, LintOptions options)
{
    private IReadOnlyList<RuleConditions>? _conditions;

    public BoundPackage Package { get; } = package;

    public LintOptions Options { get; } = options;

    /// <summary>One entry per rule, in rule order.</summary>
    public IReadOnlyList<RuleConditions> Conditions => _conditions ??= Package.Rules.Select(RuleConditions.Of).ToList();
}
