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
        ReadOnlySpan<double> b = default;
        ReadOnlySpan<byte> bPresence = default;
        var constant = double.NaN;
        if (right is ConstantNumberNode value)
        {
            constant = value.Value(frame.Run);
        }
        else
        {
            b = Operand(frame, right, out bPresence);
        }

        var truths = frame.Truths(Slot);
        var operands = new Operands(a, aPresence, b, bPresence, constant);
        switch (op)
        {
            case 0: Compare<EqualOperator>(operands, truths); break;
            case 1: Compare<NotEqualOperator>(operands, truths); break;
            case 2: Compare<LessOperator>(operands, truths); break;
            case 3: Compare<LessOrEqualOperator>(operands, truths); break;
            case 4: Compare<GreaterOperator>(operands, truths); break;
            default: Compare<GreaterOrEqualOperator>(operands, truths); break;
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

    /// <summary>
    /// With a presence span, missing rows hold 0 and the bits say what is known; without one, NaN is unknown. A right
    /// operand without values is the constant, compared as a broadcast.
    /// </summary>
    private static void Compare<TOperator>(in Operands operands, Span<byte> truths)
        where TOperator : struct, IVectorOperator
    {
        ref var a = ref MemoryMarshal.GetReference(operands.Left);
        ref var b = ref MemoryMarshal.GetReference(operands.Right);
        ref var t = ref MemoryMarshal.GetReference(truths);
        var leftPresence = operands.LeftPresence;
        var rightPresence = operands.RightPresence;
        var leftIsField = !leftPresence.IsEmpty;
        var rightIsField = !rightPresence.IsEmpty;
        var rightIsConstant = operands.Right.IsEmpty;
        var constant = Vector256.Create(operands.Constant);
        var constantKnown = double.IsNaN(operands.Constant) ? 0u : 0xFFu;
        for (var chunk = 0; chunk < truths.Length / 8; chunk++)
        {
            var i = chunk * 8;
            var index = (nuint)i;
            var a0 = Vector256.LoadUnsafe(ref a, index);
            var a1 = Vector256.LoadUnsafe(ref a, index + 4);
            var b0 = rightIsConstant ? constant : Vector256.LoadUnsafe(ref b, index);
            var b1 = rightIsConstant ? constant : Vector256.LoadUnsafe(ref b, index + 4);
            var holds = BitSpread.Bits(TOperator.Apply(a0, b0), TOperator.Apply(a1, b1));
            var known = (leftIsField ? leftPresence[chunk] : BitSpread.Known(a0, a1))
                & (rightIsConstant ? constantKnown : rightIsField ? rightPresence[chunk] : BitSpread.Known(b0, b1));
            var truth = BitSpread.ToBytes(holds & known) | (BitSpread.ToBytes(~known) << 1);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref t, i), truth);
        }
    }

    /// <summary>The two sides of one block's comparison.</summary>
    private readonly ref struct Operands(ReadOnlySpan<double> left, ReadOnlySpan<byte> leftPresence, ReadOnlySpan<double> right, ReadOnlySpan<byte> rightPresence, double constant)
    {
        public ReadOnlySpan<double> Left { get; } = left;

        public ReadOnlySpan<byte> LeftPresence { get; } = leftPresence;

        public ReadOnlySpan<double> Right { get; } = right;

        public ReadOnlySpan<byte> RightPresence { get; } = rightPresence;

        public double Constant { get; } = constant;
    }
}
