using Tao.Rules.Text;

namespace Tao.Rules.Facts;

/// <summary>
/// Where one fact came from, as its fact file states it (<c>{ value: ..., source: "...", as_of: 2026-01-09 }</c>).
/// Only facts that carry a source or an as-of date have evidence; the file's own <c>source</c> and <c>as_of</c> are on
/// the <see cref="FactTable"/>.
/// </summary>
/// <param name="Source">The fact's own source, or null.</param>
/// <param name="AsOf">The date the fact was true on, or null.</param>
/// <param name="Location">Where the fact is written in its file.</param>
public sealed record FactEvidence(string? Source, DateTime? AsOf, Location Location);
