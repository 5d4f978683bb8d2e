namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A date field as a day number, NaN where missing.</summary>
internal sealed class DateFieldNode(int slot, int field) : NumberNode(slot)
{
    public override bool CanError => false;

    public override void Evaluate(BlockFrame frame)
    {
        var days = frame.Run.Ints[field];
        var values = frame.Numbers(Slot);
        var start = frame.Start;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = frame.Run.IsPresent(field, start + i) ? days[start + i] : double.NaN;
        }
    }
}
