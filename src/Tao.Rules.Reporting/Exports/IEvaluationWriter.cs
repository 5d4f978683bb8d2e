using Tao.Rules.Evaluation;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// Writes the results of <c>eval</c> as they are computed: one call per batch of entities, so that a file of any size is
/// written in bounded memory. Entities come in fact-file order; within an entity, packs in path order and rules in
/// declaration order.
/// </summary>
public interface IEvaluationWriter : IDisposable
{
    /// <summary>Before the first batch: the evaluation date every pack used.</summary>
    void Begin(DateTime asOf);

    /// <summary>One batch of entities: the results of each pack over the same fact table.</summary>
    void WriteBatch(IReadOnlyList<EvaluationResult> packs);

    /// <summary>After the last batch.</summary>
    void End();
}
