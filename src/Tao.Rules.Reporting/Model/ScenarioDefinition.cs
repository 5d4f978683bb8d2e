using Tao.Rules.Evaluation;

namespace Tao.Rules.Reporting.Model;

/// <summary>A what-if for a report run: a name and param values that replace the run's own (<c>report --scenario FILE</c>).</summary>
/// <param name="Name">What the scenario is, for the reader (<c>Second halving: 0.25 TAO per block</c>).</param>
/// <param name="Params">The params it changes, as <c>--param</c> gives them.</param>
public sealed record ScenarioDefinition(string Name, IReadOnlyList<ParamOverride> Params);
