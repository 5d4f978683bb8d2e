using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.Reporting.Model;

/// <summary>
/// Adds to a run's report what depends on its params: each pack's <see cref="PackReport.Params"/> as the run used them,
/// and, for each pack a <see cref="ScenarioDefinition"/> changes, the pack evaluated again under the scenario
/// (<see cref="PackReport.Scenario"/>).
/// </summary>
public static class ScenarioReportBuilder
{
    /// <summary>
    /// The report with params and scenarios filled in; <paramref name="results"/> are the run's evaluations in the order
    /// of <c>report.Packs</c>, <paramref name="options"/> the run's options. Null when a scenario evaluation cannot start
    /// (a scenario value of the wrong unit, say): the reasons are in <paramref name="diagnostics"/>.
    /// </summary>
    public static RunReport? Attach(RunReport report, IReadOnlyList<EvaluationResult> results, EvaluationOptions options, ScenarioDefinition? scenario, DiagnosticBag diagnostics)
    {
        if (results.Count != report.Packs.Count)
        {
            throw new ArgumentException("One evaluation per pack of the report is needed.", nameof(results));
        }

        var packs = new PackReport[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var pack = report.Packs[i] with { Params = Params(result.Pack, options.Params) };
            ParamChangeReport[] changes = scenario is null ? [] : Changes(result.Pack, options.Params, scenario.Params);
            if (changes.Length > 0)
            {
                var scenarioOptions = new EvaluationOptions
                {
                    AsOf = result.AsOf,
                    Params = options.Params.Where(p => !scenario!.Params.Any(s => SameParam(s, p))).Concat(scenario!.Params).ToArray(),
                    Waivers = options.Waivers,
                    Engine = options.Engine,
                };
                if (!result.Pack.TryEvaluate(result.Facts, scenarioOptions, diagnostics, out var what))
                {
                    return null;
                }

                pack = pack with { Scenario = new ScenarioReport(scenario.Name, changes, PackReportBuilder.Build(what!).Entities) };
            }

            packs[i] = pack;
        }

        return report with { Packs = packs };
    }

    private static ParamReport[] Params(CompiledPack pack, IReadOnlyList<ParamOverride> overrides) =>
        pack.Package.Params.Select(param =>
        {
            var declared = Declared(param);
            var given = Last(overrides, pack.Name, param.Name);
            return new ParamReport(param.Name, given?.ValueText ?? declared, declared, given is not null);
        }).ToArray();

    private static ParamChangeReport[] Changes(CompiledPack pack, IReadOnlyList<ParamOverride> overrides, IReadOnlyList<ParamOverride> scenario) =>
        pack.Package.Params
            .Select(param => (Param: param, Scenario: Last(scenario, pack.Name, param.Name)))
            .Where(p => p.Scenario is not null)
            .Select(p => new ParamChangeReport(p.Param.Name, Last(overrides, pack.Name, p.Param.Name)?.ValueText ?? Declared(p.Param), p.Scenario!.ValueText))
            .ToArray();

    /// <summary>The param's value as the rule file writes it (<c>0.5 TAO/block</c>), comments and spacing as written.</summary>
    private static string Declared(BoundParam param) => param.Value.Syntax.Span.ToString().Trim();

    private static ParamOverride? Last(IReadOnlyList<ParamOverride> overrides, string pack, string name) =>
        overrides.LastOrDefault(o => string.Equals(o.Package, pack, StringComparison.Ordinal) && string.Equals(o.Name, name, StringComparison.Ordinal));

    private static bool SameParam(ParamOverride a, ParamOverride b) =>
        string.Equals(a.Package, b.Package, StringComparison.Ordinal) && string.Equals(a.Name, b.Name, StringComparison.Ordinal);
}
