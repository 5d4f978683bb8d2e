namespace Tao.Rules.Evaluation;

/// <summary>
/// One comparison evaluated in a rule's <c>when</c> or <c>require</c> (also <c>in</c>, <c>between</c> and <c>has</c>):
/// what was compared, with which values, and what it gave. Values are printed in their display unit
/// (<see cref="ValueText"/>), a missing one as <c>unknown</c>.
/// </summary>
/// <param name="Clause"><c>when</c> or <c>require</c>.</param>
/// <param name="Expression">The comparison as written in the rule file.</param>
/// <param name="Operator"><c>&gt;=</c>, <c>==</c>, <c>in</c>, <c>not in</c>, <c>between</c>, <c>has</c>, or <c>is</c> for a yes/no fact or let used as a condition.</param>
/// <param name="Actual">The left operand's value (<c>1200000000 USD</c>).</param>
/// <param name="Threshold">The right operand's value (or <c>lower and upper</c> for between, the list for in); empty for has.</param>
/// <param name="Result"><c>true</c>, <c>false</c> or <c>unknown</c>.</param>
/// <param name="Sources">Where the facts in the comparison came from.</param>
public sealed record ComparisonTrace(
    string Clause,
    string Expression,
    string Operator,
    string Actual,
    string Threshold,
    string Result,
    IReadOnlyList<FactSource> Sources)
{
    /// <summary><c>asset.market_cap &gt;= min_cap: 1200000000 USD &gt;= 2000000000 USD is false [CoinGecko, as of 2026-01-08]</c>.</summary>
    public override string ToString()
    {
        var sources = Sources.Count == 0 ? string.Empty : " [" + string.Join("; ", Sources.Select(s => s.Fact + ": " + s)) + "]";
        return Operator switch
        {
            "has" => $"{Clause} {Expression}: {Actual} is {Result}{sources}",
            "is" => $"{Clause} {Expression}: {Actual}{sources}",
            _ => $"{Clause} {Expression}: {Actual} {Operator} {Threshold} is {Result}{sources}",
        };
    }
}
