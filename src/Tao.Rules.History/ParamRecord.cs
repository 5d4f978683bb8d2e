namespace Tao.Rules.History;

/// <summary>A param's value in a run, and whether the run overrode the pack's default.</summary>
public sealed record ParamRecord(string Name, string Value, bool Overridden);
