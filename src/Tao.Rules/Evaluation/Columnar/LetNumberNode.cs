namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A number or date <c>let</c>, computed before the rules; an error in the let is an error here.</summary>
internal sealed class LetNumberNode(int slot, int let) : NumberNode(slot)
{
    public override bool CanError => true;

    public override void Evaluate(BlockFrame frame)
    {
        var lets = frame.Run.Lets[let].AsSpan(frame.Start, frame.Count);
        var values = frame.Numbers(Slot);
        var errors = frame.Errors(Slot);
        for (var i = 0; i < values.Length; i++)
        {
            var value = lets[i];
            var failed = value.Kind == ValueKind.Error;
            values[i] = failed ? double.NaN : value.NumberOrNaN;
            errors[i] = failed ? (byte)1 : (byte)0;
        }
    }
}
