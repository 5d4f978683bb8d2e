namespace Tao.Rules.Cli.Diff;

/// <summary>What one side of a diff was made of, as the user gave it, for the heading of every output format.</summary>
public sealed record DiffSideLabel(IReadOnlyList<string> Rules, string Facts, IReadOnlyList<string> Params, string? Waivers, DateTime? AsOf);
