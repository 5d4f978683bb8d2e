namespace Tao.Rules.Evaluation.Columnar;

/// <summary><c>value in [..]</c> or <c>not in</c> over a constant list, as <see cref="RuntimeOps.InNumbers"/>.</summary>
internal sealed class InNumbersNode(int slot, NumberNode value, double[] items, bool negated) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        value.Evaluate(frame);
        var values = frame.Numbers(value.Slot);
        var truths = frame.Truths(Slot);
        for (var i = 0; i < truths.Length; i++)
        {
            truths[i] = (byte)RuntimeOps.InNumbers(values[i], items, negated);
        }

        if (value.CanError)
        {
            TruthTables.MergeErrors(frame.Errors(value.Slot), truths);
        }
    }
}
