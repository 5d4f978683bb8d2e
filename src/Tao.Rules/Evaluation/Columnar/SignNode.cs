using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>Unary minus (flips the sign bit, as <c>-x</c> does) or <c>abs</c> (clears it), in the operand's slot; NaN stays NaN.</summary>
internal sealed class SignNode(NumberNode operand, bool absolute) : NumberNode(operand.Slot)
{
    public override bool CanError => operand.CanError;

    public override void Evaluate(BlockFrame frame)
    {
        operand.Evaluate(frame);
        ref var values = ref MemoryMarshal.GetReference(frame.Numbers(Slot));
        var sign = Vector256.Create(-0.0);
        for (var i = 0; i < frame.Count; i += 4)
        {
            var index = (nuint)i;
            var value = Vector256.LoadUnsafe(ref values, index);
            (absolute ? Vector256.AndNot(value, sign) : value ^ sign).StoreUnsafe(ref values, index);
        }
    }
}
