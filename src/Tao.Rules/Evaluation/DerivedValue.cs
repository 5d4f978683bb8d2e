namespace Tao.Rules.Evaluation;

/// <summary>
/// One <c>let</c> value of one entity, for the JSON <c>derived</c> array. <see cref="Value"/> is JSON-ready: a
/// <see cref="double"/> in the display unit <see cref="Unit"/>, a <see cref="bool"/>, a <see cref="string"/> (dates as
/// ISO <c>YYYY-MM-DD</c>, enums by name), an <c>object?[]</c> for lists, or null when unknown or in error.
/// </summary>
public sealed record DerivedValue(string Entity, string Pack, string Name, object? Value, string? Unit, string Text, string? Error);
