namespace Tao.Rules.Evaluation.Columnar;

/// <summary><c>not</c>, in the operand's slot.</summary>
internal sealed class NotNode(TruthNode operand) : TruthNode(operand.Slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        operand.Evaluate(frame);
        TruthTables.Apply(TruthTables.Not, frame.Truths(Slot));
    }
}
