namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A population aggregate (<c>sum/min/max/avg/count(all …)</c>), the same for every row; an error in it is an error for every row.</summary>
internal sealed class AggregateNumberNode(int slot, int aggregate) : NumberNode(slot)
{
    public override bool CanError => true;

    public override void Evaluate(BlockFrame frame)
    {
        try
        {
            frame.Numbers(Slot).Fill(frame.Run.ReadAggregateNumber(aggregate));
            frame.Errors(Slot).Clear();
        }
        catch (RuleEvaluationException)
        {
            frame.Numbers(Slot).Fill(double.NaN);
            frame.Errors(Slot).Fill(1);
        }
    }
}
