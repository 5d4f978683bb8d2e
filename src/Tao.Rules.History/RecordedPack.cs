namespace Tao.Rules.History;

/// <summary>A pack of a recorded run: its version, the digests of its text, and its params' values in name order.</summary>
public sealed record RecordedPack(string Name, string? Version, string SourceSha256, string SchemaSha256, IReadOnlyList<ParamRecord> Params);
