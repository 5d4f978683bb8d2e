using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary><c>min(a, b)</c> and <c>max(a, b)</c> as <see cref="RuntimeOps.Min"/> and <see cref="RuntimeOps.Max"/>: unknown when either is, else the right one only when strictly better.</summary>
internal sealed class MinMaxNode : NumberNode
{
    private readonly NumberNode _left;
    private readonly NumberNode _right;
    private readonly bool _max;

    public MinMaxNode(NumberNode left, NumberNode right, bool max)
        : base(left.Slot)
    {
        _left = left;
        _right = right;
        _max = max;
    }

    public override bool CanError => _left.CanError || _right.CanError;

    public override void Evaluate(BlockFrame frame)
    {
        _left.Evaluate(frame);
        _right.Evaluate(frame);
        if (_max)
        {
            Compute<GreaterOperator>(frame);
        }
        else
        {
            Compute<LessOperator>(frame);
        }

        if (_right.CanError)
        {
            var errors = frame.Errors(Slot);
            var rightErrors = frame.Errors(_right.Slot);
            if (_left.CanError)
            {
                for (var i = 0; i < errors.Length; i++)
                {
                    errors[i] |= rightErrors[i];
                }
            }
            else
            {
                rightErrors.CopyTo(errors);
            }
        }
    }

    /// <summary><typeparamref name="TBetter"/>(right, left) says where the right value wins.</summary>
    private void Compute<TBetter>(BlockFrame frame)
        where TBetter : struct, IVectorOperator
    {
        ref var a = ref MemoryMarshal.GetReference(frame.Numbers(_left.Slot));
        ref var b = ref MemoryMarshal.GetReference(frame.Numbers(_right.Slot));
        var unknown = Vector256.Create(double.NaN);
        for (var i = 0; i < frame.Count; i += 4)
        {
            var index = (nuint)i;
            var left = Vector256.LoadUnsafe(ref a, index);
            var right = Vector256.LoadUnsafe(ref b, index);
            var best = Vector256.ConditionalSelect(TBetter.Apply(right, left), right, left);
            var known = Vector256.Equals(left, left) & Vector256.Equals(right, right);
            Vector256.ConditionalSelect(known, best, unknown).StoreUnsafe(ref a, index);
        }
    }
}
