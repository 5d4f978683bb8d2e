namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A number that is the same for every row of a run: a literal, a param, <c>as_of</c>.</summary>
internal sealed class ConstantNumberNode(int slot, Func<EvaluationRun, double> value) : NumberNode(slot)
{
    /// <summary>The value in a run; comparisons broadcast it rather than reading a filled slot.</summary>
    public Func<EvaluationRun, double> Value { get; } = value;

    public override bool CanError => false;

    public override void Evaluate(BlockFrame frame) => frame.Numbers(Slot).Fill(Value(frame.Run));
}
