using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// <c>== != &lt; &lt;= &gt; &gt;=</c> on numbers or dates, 8 rows at a time: unknown where an operand is, an error where
/// computing one failed. A field operand is read straight from its column, its presence bits saying what is known.
/// </summary>
internal sealed class NumberComparisonNode(int slot, NumberNode left, NumberNode right, int op) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        var a = Operand(frame, left, out var aPresence);
        var b = Operand(frame, right, out var bPresence);
        var truths = frame.Truths(Slot);
        switch (op)
        {
            case 0: Compare<EqualOperator>(a, aPresence, b, bPresence, truths); break;
            case 1: Compare<NotEqualOperator>(a, aPresence, b, bPresence, truths); break;
            case 2: Compare<LessOperator>(a, aPresence, b, bPresence, truths); break;
            case 3: Compare<LessOrEqualOperator>(a, aPresence, b, bPresence, truths); break;
            case 4: Compare<GreaterOperator>(a, aPresence, b, bPresence, truths); break;
            default: Compare<GreaterOrEqualOperator>(a, aPresence, b, bPresence, truths); break;
        }

        // Both operands are evaluated before comparing, so an error in either is the comparison's.
        if (left.CanError)
        {
            TruthTables.MergeErrors(frame.Errors(left.Slot), truths);
        }

        if (right.CanError)
        {
            TruthTables.MergeErrors(frame.Errors(right.Slot), truths);
        }
    }

    private static ReadOnlySpan<double> Operand(BlockFrame frame, NumberNode node, out ReadOnlySpan<byte> presence)
    {
        if (node is FieldNumberNode field)
        {
            presence = frame.Presence(field.Field);
            return frame.NumberColumn(field.Field);
        }

        node.Evaluate(frame);
        presence = default;
        return frame.Numbers(node.Slot);
    }

    /// <summary>With a presence span, missing rows hold 0 and the bits say what is known; without one, NaN is unknown.</summary>
    private static void Compare<TOperator>(ReadOnlySpan<double> left, ReadOnlySpan<byte> leftPresence, ReadOnlySpan<double> right, ReadOnlySpan<byte> rightPresence, Span<byte> truths)
        where TOperator : struct, IVectorOperator
    {
        ref var a = ref MemoryMarshal.GetReference(left);
        ref var b = ref MemoryMarshal.GetReference(right);
        ref var t = ref MemoryMarshal.GetReference(truths);
        var leftIsField = !leftPresence.IsEmpty;
        var rightIsField = !rightPresence.IsEmpty;
        for (var chunk = 0; chunk < truths.Length / 8; chunk++)
        {
            var i = chunk * 8;
            var index = (nuint)i;
            var a0 = Vector256.LoadUnsafe(ref a, index);
            var a1 = Vector256.LoadUnsafe(ref a, index + 4);
            var b0 = Vector256.LoadUnsafe(ref b, index);
            var b1 = Vector256.LoadUnsafe(ref b, index + 4);
            var holds = BitSpread.Bits(TOperator.Apply(a0, b0), TOperator.Apply(a1, b1));
            var known = (leftIsField ? leftPresence[chunk] : BitSpread.Known(a0, a1))
                & (rightIsField ? rightPresence[chunk] : BitSpread.Known(b0, b1));
            var truth = BitSpread.ToBytes(holds & known) | (BitSpread.ToBytes(~known) << 1);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref t, i), truth);
        }
    }
}
