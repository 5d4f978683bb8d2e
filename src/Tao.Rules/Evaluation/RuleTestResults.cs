using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Evaluation;

/// <summary>What <see cref="RuleTestRunner"/> needs besides the pack.</summary>
public sealed class RuleTestOptions
{
    /// <summary>The date for tests without <c>as of</c>; when null, the package's <c>effective</c> start date.</summary>
    public DateTime? AsOf { get; init; }

    public EvaluationEngine Engine { get; init; } = EvaluationEngine.Auto;
}

/// <summary>One <c>expect</c> line and whether it held.</summary>
/// <param name="Text">The expectation in DSL words: <c>PRIV-01 fail for XMR</c>, <c>verdict blocked for XMR</c>.</param>
/// <param name="Passed">It held.</param>
/// <param name="Message">For a failed expectation, the TAO7001 message; null otherwise.</param>
/// <param name="Location">The <c>expect</c> line.</param>
public sealed record ExpectationResult(string Text, bool Passed, string? Message, Location Location);

/// <summary>One <c>test</c> block: passed when every expectation held (and the test could run).</summary>
public sealed class RuleTestResult(string name, Location location, IReadOnlyList<ExpectationResult> expectations, string? setupError)
{
    public string Name { get; } = name;

    public Location Location { get; } = location;

    public IReadOnlyList<ExpectationResult> Expectations { get; } = expectations;

    /// <summary>Why the test could not run at all (no evaluation date), or null.</summary>
    public string? SetupError { get; } = setupError;

    public bool Passed => SetupError is null && Expectations.All(e => e.Passed);
}

/// <summary>
/// Which behaviours of one rule the tests exercised, over every entity of every test (not only those with an
/// <c>expect</c>): a pass, a fail, and for a rule with <c>when</c>, the condition true and false.
/// </summary>
public sealed record RuleCoverageEntry(string RuleId, Location Location, bool PassSeen, bool FailSeen, bool HasWhen, bool WhenTrueSeen, bool WhenFalseSeen)
{
    /// <summary>2 (pass, fail), plus 2 (when true, when false) for a rule with <c>when</c>.</summary>
    public int Branches => HasWhen ? 4 : 2;

    public int CoveredBranches => (PassSeen ? 1 : 0) + (FailSeen ? 1 : 0) + (HasWhen ? (WhenTrueSeen ? 1 : 0) + (WhenFalseSeen ? 1 : 0) : 0);

    /// <summary>What was never exercised, in words: <c>never failed</c>, <c>'when' never false</c>.</summary>
    public IReadOnlyList<string> Gaps
    {
        get
        {
            var gaps = new List<string>();
            if (!PassSeen)
            {
                gaps.Add("never passed");
            }

            if (!FailSeen)
            {
                gaps.Add("never failed");
            }

            if (HasWhen && !WhenTrueSeen)
            {
                gaps.Add("'when' never true");
            }

            if (HasWhen && !WhenFalseSeen)
            {
                gaps.Add("'when' never false");
            }

            return gaps;
        }
    }
}

/// <summary>The coverage of a pack's rules by its tests.</summary>
public sealed class RuleCoverage(IReadOnlyList<RuleCoverageEntry> rules)
{
    public IReadOnlyList<RuleCoverageEntry> Rules { get; } = rules;

    public int Branches => Rules.Sum(r => r.Branches);

    public int CoveredBranches => Rules.Sum(r => r.CoveredBranches);

    /// <summary>Covered branches in percent (100 for a pack without rules); compare with <c>--threshold N</c>.</summary>
    public double Percent => Branches == 0 ? 100 : 100.0 * CoveredBranches / Branches;
}

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
