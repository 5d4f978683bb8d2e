using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary><c>value between lower and upper</c> as <see cref="RuntimeOps.Between"/>: unknown where any of the three is.</summary>
internal sealed class BetweenNode(int slot, NumberNode value, NumberNode lower, NumberNode upper) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        value.Evaluate(frame);
        lower.Evaluate(frame);
        upper.Evaluate(frame);
        ref var v = ref MemoryMarshal.GetReference(frame.Numbers(value.Slot));
        ref var lo = ref MemoryMarshal.GetReference(frame.Numbers(lower.Slot));
        ref var hi = ref MemoryMarshal.GetReference(frame.Numbers(upper.Slot));
        var truths = frame.Truths(Slot);
        ref var t = ref MemoryMarshal.GetReference(truths);
        for (var i = 0; i < truths.Length; i += 8)
        {
            var index = (nuint)i;
            var v0 = Vector256.LoadUnsafe(ref v, index);
            var v1 = Vector256.LoadUnsafe(ref v, index + 4);
            var lo0 = Vector256.LoadUnsafe(ref lo, index);
            var lo1 = Vector256.LoadUnsafe(ref lo, index + 4);
            var hi0 = Vector256.LoadUnsafe(ref hi, index);
            var hi1 = Vector256.LoadUnsafe(ref hi, index + 4);
            var holds = BitSpread.Bits(
                Vector256.LessThanOrEqual(lo0, v0) & Vector256.LessThanOrEqual(v0, hi0),
                Vector256.LessThanOrEqual(lo1, v1) & Vector256.LessThanOrEqual(v1, hi1));
            var known = BitSpread.Known(v0, v1) & BitSpread.Known(lo0, lo1) & BitSpread.Known(hi0, hi1);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref t, i), BitSpread.ToBytes(holds & known) | (BitSpread.ToBytes(~known) << 1));
        }

        foreach (var operand in (ReadOnlySpan<NumberNode>)[value, lower, upper])
        {
            if (operand.CanError)
            {
                TruthTables.MergeErrors(frame.Errors(operand.Slot), truths);
            }
        }
    }
}
