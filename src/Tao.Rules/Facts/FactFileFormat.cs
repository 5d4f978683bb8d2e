namespace Tao.Rules.Facts;

/// <summary>The formats a fact file may be written in, chosen by its extension.</summary>
public enum FactFileFormat
{
    /// <summary><c>.yaml</c>, <c>.yml</c>: the DESIGN.md §5 document.</summary>
    Yaml,

    /// <summary><c>.json</c>: the same document as JSON.</summary>
    Json,

    /// <summary><c>.csv</c>: a header row of field names, one entity per row; streamed.</summary>
    Csv,

    /// <summary><c>.jsonl</c>, <c>.ndjson</c>: one entity object per line, after an optional header line; streamed.</summary>
    JsonLines,
}
