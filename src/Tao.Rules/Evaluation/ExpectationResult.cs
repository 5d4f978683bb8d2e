using Tao.Rules.Text;

namespace Tao.Rules.Evaluation;

/// <summary>One <c>expect</c> line and whether it held.</summary>
/// <param name="Text">The expectation in DSL words: <c>PRIV-01 fail for XMR</c>, <c>verdict blocked for XMR</c>.</param>
/// <param name="Passed">It held.</param>
/// <param name="Message">For a failed expectation, the TAO7001 message; null otherwise.</param>
/// <param name="Location">The <c>expect</c> line.</param>
public sealed record ExpectationResult(string Text, bool Passed, string? Message, Location Location);
