using System.Text;
using Tao.Rules.Evaluation;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// <c>eval --format csv</c>: one row per entity, pack and rule, with the entity's verdict for the pack on every row:
/// <c>entity,pack,rule,outcome,severity,verdict,missing,explanation</c> (missing facts separated by <c>;</c>). RFC 4180,
/// with cells that a spreadsheet would run as formulas neutralised (<see cref="CsvText"/>). The evaluation date is not
/// a column: it is the one given or the facts file's.
/// </summary>
public sealed class CsvEvaluationWriter(TextWriter output) : IEvaluationWriter
{
    private readonly StringBuilder _line = new();

    public void Begin(DateTime asOf)
    {
        _line.Clear();
        CsvText.AppendRow(_line, "entity", "pack", "rule", "outcome", "severity", "verdict", "missing", "explanation");
        output.Write(_line.ToString());
    }

    public void WriteBatch(IReadOnlyList<EvaluationResult> packs)
    {
        var rows = packs.Count == 0 ? 0 : packs[0].EntityCount;
        for (var row = 0; row < rows; row++)
        {
            foreach (var pack in packs)
            {
                var verdict = OutputNames.Of(pack.GetVerdict(row));
                for (var rule = 0; rule < pack.Rules.Count; rule++)
                {
                    var result = pack.GetResult(row, rule);
                    _line.Clear();
                    CsvText.AppendRow(
                        _line,
                        result.Entity,
                        result.Pack,
                        result.RuleId,
                        OutputNames.Of(result.Outcome),
                        OutputNames.Of(result.Severity),
                        verdict,
                        string.Join(";", result.Missing),
                        result.Explanation?.ToString());
                    output.Write(_line.ToString());
                }
            }
        }
    }

    public void End()
    {
    }

    public void Dispose()
    {
    }
}
