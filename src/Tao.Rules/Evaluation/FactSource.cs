namespace Tao.Rules.Evaluation;

/// <summary>
/// Where a fact used in a comparison came from: the fact's own evidence (<c>{ value, source, as_of }</c>) when it has
/// some, else the fact file's <c>source</c> and <c>as_of</c>.
/// </summary>
/// <param name="Fact">The fact, as the rule names it (<c>asset.market_cap</c>).</param>
/// <param name="Source">The source, or null when none is stated.</param>
/// <param name="AsOf">The date the fact describes, or null.</param>
/// <param name="File">The fact file.</param>
/// <param name="Line">The 1-based line of the fact (its own evidence) or of the entity; 0 when unknown.</param>
public sealed record FactSource(string Fact, string? Source, DateTime? AsOf, string File, int Line)
{
    /// <summary><c>CoinGecko, as of 2026-01-08 (facts/assets.yaml:12)</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Source is not null)
        {
            parts.Add(Source);
        }

        if (AsOf is { } date)
        {
            parts.Add("as of " + Facts.FactDates.Format(date));
        }

        var where = Line > 0 ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : File;
        return parts.Count == 0 ? where : string.Join(", ", parts) + (where.Length > 0 ? $" ({where})" : string.Empty);
    }
}
