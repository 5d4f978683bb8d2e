using System.Globalization;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Output.Evaluation;

/// <summary>
/// <c>eval --format table</c> (the default), for people: each entity's results as an aligned table (the reason on fails,
/// unknowns, errors and waivers), then each entity's verdict per pack, then a count of verdicts. Columns are aligned
/// within each batch of entities (a file's first 4,096 entities, and so on); the verdicts wait in a
/// <see cref="SpillBuffer"/>, so a run over millions of entities stays in bounded memory.
/// </summary>
public sealed class TableEvaluationWriter(TextWriter output) : IEvaluationWriter
{
    private const char Separator = '\u001F';
    private static readonly string[] VerdictHeaders = ["ENTITY", "PACK", "VERDICT"];

    private readonly SpillBuffer _verdicts = new();
    private readonly int[] _verdictWidths = VerdictHeaders.Select(h => h.Length).ToArray();
    private readonly Dictionary<Verdict, int> _counts = [];
    private readonly HashSet<string> _packs = new(StringComparer.Ordinal);
    private long _entities;

    public void Begin(DateTime asOf)
    {
        output.WriteLine("as of " + FactDates.Format(asOf));
        output.WriteLine();
    }

    public void WriteBatch(IReadOnlyList<EvaluationResult> packs)
    {
        var rows = packs.Count == 0 ? 0 : packs[0].EntityCount;
        if (rows == 0)
        {
            return;
        }

        var table = new TextTable("ENTITY", "PACK", "RULE", "OUTCOME", "SEVERITY", "REASON");
        for (var row = 0; row < rows; row++)
        {
            foreach (var pack in packs)
            {
                _packs.Add(pack.PackName);
                for (var rule = 0; rule < pack.Rules.Count; rule++)
                {
                    var result = pack.GetResult(row, rule);
                    table.Add(result.Entity, result.Pack, result.RuleId, OutputNames.Of(result.Outcome), OutputNames.Of(result.Severity), OutputNames.Detail(result));
                }

                var verdict = pack.GetVerdict(row);
                _counts[verdict] = _counts.GetValueOrDefault(verdict) + 1;
                AddVerdict(TextTable.Clean(pack.Facts.GetKey(row)), pack.PackName, OutputNames.Of(verdict));
            }
        }

        _entities += rows;
        table.WriteTo(output);
        output.WriteLine();
    }

    public void End()
    {
        if (!_verdicts.IsEmpty)
        {
            TextTable.WriteRow(output, VerdictHeaders, _verdictWidths);
            TextTable.WriteRow(output, _verdictWidths.Select(w => new string('-', w)).ToArray(), _verdictWidths);
            foreach (var line in _verdicts.Lines())
            {
                TextTable.WriteRow(output, line.Split(Separator), _verdictWidths);
            }

            output.WriteLine();
        }

        var counts = string.Join(", ", new[] { Verdict.Blocked, Verdict.AtRisk, Verdict.NeedsEvidence, Verdict.Ready }
            .Select(v => _counts.GetValueOrDefault(v).ToString(CultureInfo.InvariantCulture) + " " + OutputNames.Of(v)));
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}, {2} {3}: {4}.",
            _entities,
            _entities == 1 ? "entity" : "entities",
            _packs.Count,
            _packs.Count == 1 ? "pack" : "packs",
            counts));
    }

    public void Dispose() => _verdicts.Dispose();

    private void AddVerdict(params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Replace(Separator, ' ');
            _verdictWidths[i] = Math.Max(_verdictWidths[i], cells[i].Length);
        }

        _verdicts.AppendLine(string.Join(Separator, cells));
    }
}
