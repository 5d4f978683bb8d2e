using Tao.Rules.Evaluation;
using Tao.Rules.Text;

namespace Tao.Rules.History;

/// <summary>
/// Gathers an evaluation's outcomes, batch by batch as the evaluator streams them, into a <see cref="RunRecord"/>. It
/// keeps one byte per outcome and nothing of the facts, so the history is written in one short transaction at the end
/// instead of holding the database's write lock for the whole evaluation.
/// </summary>
public sealed class RunRecording
{
    private readonly List<KeptBatch> _batches = [];
    private readonly Dictionary<string, IReadOnlyList<ParamRecord>> _params = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ParamOverride> _overrides;
    private readonly string _facts;
    private readonly string _factsSha256;
    private readonly string? _waiversSha256;

    /// <summary>Starts a recording; the facts and waivers files are hashed now, before the evaluation reads them.</summary>
    /// <param name="facts">The facts file, as given.</param>
    /// <param name="waivers">The waivers file, or null.</param>
    /// <param name="overrides">The run's <c>--param</c> overrides: they mark which recorded param values are not defaults.</param>
    public RunRecording(string facts, string? waivers, IReadOnlyList<ParamOverride> overrides)
    {
        _facts = facts;
        _factsSha256 = ContentHash.OfFile(facts);
        _waiversSha256 = waivers is null ? null : ContentHash.OfFile(waivers);
        _overrides = overrides;
    }

    /// <summary>Keeps the outcomes and verdicts of one batch of entities, every pack's result over the same batch.</summary>
    public void Add(IReadOnlyList<EvaluationResult> batch)
    {
        foreach (var result in batch)
        {
            if (!_params.ContainsKey(result.PackName))
            {
                _params[result.PackName] = result.ParamValues().Select(p => new ParamRecord(p.Name, p.Text, IsOverridden(p))).ToArray();
            }

            var rules = result.Rules.Count;
            var keys = new string[result.EntityCount];
            var outcomes = new byte[result.EntityCount * rules];
            var verdicts = new byte[result.EntityCount];
            for (var row = 0; row < result.EntityCount; row++)
            {
                keys[row] = result.Facts.GetKey(row);
                verdicts[row] = (byte)result.GetVerdict(row);
                for (var rule = 0; rule < rules; rule++)
                {
                    outcomes[(row * rules) + rule] = (byte)result.GetOutcome(row, rule);
                }
            }

            _batches.Add(new KeptBatch(result.PackName, rules, keys, outcomes, verdicts));
        }
    }

    /// <summary>
    /// The run to append: <paramref name="packs"/> with their fingerprints, the params each had, and every outcome
    /// kept. A run over no entity records its packs without params: no evaluation worked them out.
    /// </summary>
    public RunRecord ToRecord(DateTime asOf, IReadOnlyList<CompiledPack> packs, string toolVersion, DateTimeOffset? recordedAt) =>
        new(
            asOf,
            _facts,
            _factsSha256,
            _waiversSha256,
            toolVersion,
            recordedAt,
            packs.Select(pack => new PackRecord(
                pack.Name,
                pack.Package.Version,
                PackFingerprint.SourceSha256(pack.Package),
                PackFingerprint.SchemaSha256(pack.Package),
                _params.GetValueOrDefault(pack.Name) ?? [],
                pack.RulesInOrder.Select(r => new RuleRecord(r.Id, r.Severity)).ToArray())).ToArray(),
            Outcomes());

    /// <summary>The kept outcomes, one <see cref="EntityOutcomes"/> at a time, made as the history writes them.</summary>
    private IEnumerable<EntityOutcomes> Outcomes()
    {
        foreach (var batch in _batches)
        {
            for (var row = 0; row < batch.Keys.Length; row++)
            {
                var outcomes = new Outcome[batch.RuleCount];
                for (var rule = 0; rule < outcomes.Length; rule++)
                {
                    outcomes[rule] = (Outcome)batch.Outcomes[(row * batch.RuleCount) + rule];
                }

                yield return new EntityOutcomes(batch.Keys[row], batch.Pack, (Verdict)batch.Verdicts[row], outcomes);
            }
        }
    }

    private bool IsOverridden(ParamValue value) => _overrides.Any(o =>
        string.Equals(o.Package, value.Pack, StringComparison.Ordinal) && string.Equals(o.Name, value.Name, StringComparison.Ordinal));

    /// <summary>One pack's outcomes over one batch of entities: a byte per outcome and per verdict.</summary>
    private sealed record KeptBatch(string Pack, int RuleCount, string[] Keys, byte[] Outcomes, byte[] Verdicts);
}
