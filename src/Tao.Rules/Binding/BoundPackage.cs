using Tao.Rules.Schema;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>
/// A bound rule package: everything an evaluator needs, with types and units resolved. Evaluate in this order:
/// params (constants), then for every entity the <see cref="Lets"/> in list order interleaved with the
/// <see cref="Aggregates"/> they need (see <see cref="BoundPopulationAggregate"/>), then the rules.
/// </summary>
public sealed class BoundPackage(
    RuleSyntaxTree tree,
    string name,
    EntitySchema? schema,
    IReadOnlyList<BoundParam> @params,
    IReadOnlyList<BoundLet> lets,
    IReadOnlyList<BoundRule> rules,
    IReadOnlyList<BoundTest> tests,
    IReadOnlyList<BoundPopulationAggregate> aggregates,
    bool hasErrors) : BoundNode(tree.Root)
{
    public RuleSyntaxTree Tree { get; } = tree;

    public CompilationUnitSyntax Root => Tree.Root;

    /// <summary>The dotted package name (<c>jp.jvcea</c>); empty when the header is missing.</summary>
    public string Name { get; } = name;

    public string? Title => Root.Package?.Title?.Title.Value;

    /// <summary>The <c>applies to</c> kind as written; null when absent.</summary>
    public string? AppliesTo => Root.Package?.AppliesTo?.Kind.Name;

    /// <summary>The schema of the <c>applies to</c> kind; null when it is unknown (TAO3007).</summary>
    public EntitySchema? Schema { get; } = schema;

    public string? Jurisdiction => Root.Package?.Jurisdiction?.Code.Name;

    public string? Version => Root.Package?.Version?.Version.Value;

    /// <summary>The package's <c>effective</c> window, or null.</summary>
    public BoundEffectiveWindow? Effective { get; } = tree.Root.Package?.Effective is { } e ? new BoundEffectiveWindow(e) : null;

    public IReadOnlyList<BoundParam> Params { get; } = @params;

    /// <summary>The lets in dependency order (topologically sorted): each comes after the lets it uses.</summary>
    public IReadOnlyList<BoundLet> Lets { get; } = lets;

    public IReadOnlyList<BoundRule> Rules { get; } = rules;

    public IReadOnlyList<BoundTest> Tests { get; } = tests;

    /// <summary>
    /// Every population aggregate of the package, each after the aggregates (and, through lets, the let values) it
    /// depends on. Compute them in this order once per evaluation.
    /// </summary>
    public IReadOnlyList<BoundPopulationAggregate> Aggregates { get; } = aggregates;

    /// <summary>Binding reported an error; such a package must not be evaluated.</summary>
    public bool HasErrors { get; } = hasErrors;
}
