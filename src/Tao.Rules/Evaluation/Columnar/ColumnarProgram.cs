using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// The bulk path for rules over numbers, dates and yes/no facts: rule at a time over blocks of
/// <see cref="BlockFrame.Size"/> rows, each node one tight (mostly vector) loop over the block's column slices, then
/// the block's outcome bytes are written into the result. No delegate call or virtual call per row, no IL to emit.
/// Rows past the last whole 8 (at most 7) are decided by the interpreter, the reference the block nodes agree with.
/// </summary>
internal sealed class ColumnarProgram(IReadOnlyList<ColumnarRule> rules, int numberSlots, int truthSlots)
{
    public IReadOnlyList<ColumnarRule> Rules { get; } = rules;

    /// <summary>Writes <c>outcomes[row * ruleCount + rule]</c> for every row and every rule of the program that <paramref name="applies"/>.</summary>
    public void Run(EvaluationRun run, byte[] outcomes, int ruleCount, bool[] applies)
    {
        var blocked = run.RowCount & ~7;
        if (blocked > 0)
        {
            using var frame = new BlockFrame(run, numberSlots, truthSlots);
            for (var start = 0; start < blocked; start += BlockFrame.Size)
            {
                frame.MoveTo(start, Math.Min(BlockFrame.Size, blocked - start));
                foreach (var rule in Rules)
                {
                    if (applies[rule.Rule.Index])
                    {
                        EvaluateBlock(frame, rule, outcomes, ruleCount);
                    }
                }
            }
        }

        for (var row = blocked; row < run.RowCount; row++)
        {
            foreach (var rule in Rules)
            {
                if (applies[rule.Rule.Index])
                {
                    outcomes[(row * ruleCount) + rule.Rule.Index] = (byte)CompiledPack.Decide(run, rule.InterpretedWhen, rule.InterpretedRequire, row);
                }
            }
        }
    }

    private static void EvaluateBlock(BlockFrame frame, ColumnarRule rule, byte[] outcomes, int ruleCount)
    {
        // 'when' first: its operands may use truth slot 1 and up, where 'require' then goes.
        rule.When?.Evaluate(frame);
        rule.Require.Evaluate(frame);
        var decided = frame.Truths(1);
        if (rule.When is null)
        {
            TruthTables.Apply(TruthTables.OutcomeWithoutWhen, decided);
        }
        else
        {
            TruthTables.Apply(TruthTables.Outcome, frame.Truths(0), decided, decided);
        }

        // Rows are ruleCount bytes apart in the result: one strided store per row.
        ref var destination = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(outcomes), (frame.Start * ruleCount) + rule.Rule.Index);
        ref var source = ref MemoryMarshal.GetReference(decided);
        for (var i = 0; i < decided.Length; i++)
        {
            destination = Unsafe.Add(ref source, i);
            destination = ref Unsafe.Add(ref destination, ruleCount);
        }
    }
}
