namespace Tao.Rules.Facts;

/// <summary>Limits and batching for reading fact files. The defaults suit files of any size.</summary>
public sealed record FactReadOptions
{
    /// <summary>The defaults: batches of 4,096 entities, lines and CSV rows up to 1 MiB characters, 1,000 problems per file.</summary>
    public static FactReadOptions Default { get; } = new();

    /// <summary>How many entities a streamed <see cref="FactBatch"/> holds at most.</summary>
    public int BatchSize { get; init; } = 4096;

    /// <summary>
    /// The longest JSONL line or CSV row accepted, in characters. A longer one is reported and skipped without ever being
    /// held in memory whole, so a 1 GB single line cannot exhaust memory.
    /// </summary>
    public int MaxLineLength { get; init; } = 1024 * 1024;

    /// <summary>After this many problems in one file, the rest are counted but not reported (one TAO6012 says so).</summary>
    public int MaxDiagnostics { get; init; } = 1000;
}
