namespace Tao.Rules.History;

/// <summary>One pack of a run: what identifies its text, and the values its params had.</summary>
/// <param name="Name">The package name (<c>jp.jvcea</c>).</param>
/// <param name="Version">The package's <c>version</c>, or null when it declares none.</param>
/// <param name="SourceSha256">SHA-256 of the pack's rule file (see <see cref="PackFingerprint"/>).</param>
/// <param name="SchemaSha256">SHA-256 of the schema the pack was bound to, in a canonical form.</param>
/// <param name="Params">Every param's effective value.</param>
/// <param name="Rules">The pack's rules in declaration order: <see cref="EntityOutcomes.Outcomes"/> follows this order.</param>
public sealed record PackRecord(
    string Name,
    string? Version,
    string SourceSha256,
    string SchemaSha256,
    IReadOnlyList<ParamRecord> Params,
    IReadOnlyList<RuleRecord> Rules);
