namespace Tao.Rules.Evaluation;

/// <summary>
/// The value one param had in one evaluation: its default, or the run's override. <see cref="Text"/> is written as a
/// literal of the language, with its unit (<c>95 %</c>, <c>5000000 USD</c>, <c>2026-06-30</c>, <c>"x"</c>).
/// </summary>
public sealed record ParamValue(string Pack, string Name, string Text);
