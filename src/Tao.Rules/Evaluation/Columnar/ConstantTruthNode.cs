namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A condition that is the same for every row of a run: a literal, a yes/no param, an absent <c>when</c>.</summary>
internal sealed class ConstantTruthNode(int slot, Func<EvaluationRun, int> value) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame) => frame.Truths(Slot).Fill((byte)value(frame.Run));
}
