using Tao.Rules.Text;

namespace Tao.Rules.Evaluation;

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
