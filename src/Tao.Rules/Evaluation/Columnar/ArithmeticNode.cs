using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// <c>+ - * /</c> as <see cref="RuntimeOps"/> defines them: unknown when an operand is; with both operands known, an error
/// when the result is not finite (overflow) or, for <c>/</c>, when the divisor is zero. The result replaces the left
/// operand in its slot.
/// </summary>
internal sealed class ArithmeticNode : NumberNode
{
    private readonly NumberNode _left;
    private readonly NumberNode _right;
    private readonly BoundBinaryOperatorKind _operator;

    public ArithmeticNode(NumberNode left, NumberNode right, BoundBinaryOperatorKind @operator)
        : base(left.Slot)
    {
        _left = left;
        _right = right;
        _operator = @operator;
    }

    public override bool CanError => true;

    public override void Evaluate(BlockFrame frame)
    {
        _left.Evaluate(frame);
        _right.Evaluate(frame);
        switch (_operator)
        {
            case BoundBinaryOperatorKind.Add: Compute<AddOperator>(frame, checksZero: false); break;
            case BoundBinaryOperatorKind.Subtract: Compute<SubtractOperator>(frame, checksZero: false); break;
            case BoundBinaryOperatorKind.Multiply: Compute<MultiplyOperator>(frame, checksZero: false); break;
            default: Compute<DivideOperator>(frame, checksZero: true); break;
        }
    }

    private void Compute<TOperator>(BlockFrame frame, bool checksZero)
        where TOperator : struct, IVectorOperator
    {
        var count = frame.Count;
        ref var a = ref MemoryMarshal.GetReference(frame.Numbers(_left.Slot));
        ref var b = ref MemoryMarshal.GetReference(frame.Numbers(_right.Slot));
        ref var leftErrors = ref MemoryMarshal.GetReference(frame.Errors(_left.Slot));
        ref var rightErrors = ref MemoryMarshal.GetReference(frame.Errors(_right.Slot));
        ref var errors = ref MemoryMarshal.GetReference(frame.Errors(Slot));
        var zero = Vector256<double>.Zero;
        var leftCanError = _left.CanError;
        var rightCanError = _right.CanError;
        for (var i = 0; i < count; i += 8)
        {
            var index = (nuint)i;
            var a0 = Vector256.LoadUnsafe(ref a, index);
            var a1 = Vector256.LoadUnsafe(ref a, index + 4);
            var b0 = Vector256.LoadUnsafe(ref b, index);
            var b1 = Vector256.LoadUnsafe(ref b, index + 4);
            var r0 = TOperator.Apply(a0, b0);
            var r1 = TOperator.Apply(a1, b1);
            var known = BitSpread.Known(a0, a1) & BitSpread.Known(b0, b1);
            var failed = ~BitSpread.Bits(Vector256.Equals(r0 - r0, zero), Vector256.Equals(r1 - r1, zero));
            if (checksZero)
            {
                failed |= BitSpread.Bits(Vector256.Equals(b0, zero), Vector256.Equals(b1, zero));
            }

            var error = BitSpread.ToBytes(known & failed);
            if (leftCanError)
            {
                error |= Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref leftErrors, i));
            }

            if (rightCanError)
            {
                error |= Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref rightErrors, i));
            }

            r0.StoreUnsafe(ref a, index);
            r1.StoreUnsafe(ref a, index + 4);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref errors, i), error);
        }
    }
}
