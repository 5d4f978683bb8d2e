namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A yes/no <c>let</c>, or <c>has(let)</c>; an error in the let is an error here.</summary>
internal sealed class LetTruthNode(int slot, int let, bool has) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        var lets = frame.Run.Lets[let].AsSpan(frame.Start, frame.Count);
        var truths = frame.Truths(Slot);
        for (var i = 0; i < truths.Length; i++)
        {
            var value = lets[i];
            truths[i] = value.Kind == ValueKind.Error ? TruthTables.Error
                : has ? (byte)(value.IsUnknown ? RuntimeOps.False : RuntimeOps.True)
                : (byte)value.Truth;
        }
    }
}
