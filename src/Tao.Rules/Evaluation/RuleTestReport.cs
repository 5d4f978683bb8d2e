using Tao.Rules.Diagnostics;

namespace Tao.Rules.Evaluation;

/// <summary>The tests of one pack: each test's result, a TAO7001 diagnostic per unmet expectation, and coverage.</summary>
public sealed class RuleTestReport(string pack, IReadOnlyList<RuleTestResult> tests, IReadOnlyList<Diagnostic> diagnostics, RuleCoverage coverage)
{
    public string Pack { get; } = pack;

    public IReadOnlyList<RuleTestResult> Tests { get; } = tests;

    /// <summary>TAO7001 for each expectation not met or test that could not run, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public RuleCoverage Coverage { get; } = coverage;

    public bool Passed => Tests.All(t => t.Passed);

    public int PassedCount => Tests.Count(t => t.Passed);

    public int FailedCount => Tests.Count(t => !t.Passed);
}
