namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// A test of an enum field against a constant text (<c>asset.asset_type != "security"</c>, <c>in ["native", "token"]</c>):
/// its truth for each enum value is worked out once per block with the row engines' own text operations, then each row
/// looks up its stored ordinal; unknown where the field is missing.
/// </summary>
internal sealed class EnumTestNode(int slot, int field, string[] names, Func<EvaluationRun, string, int> test) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        Span<byte> byOrdinal = stackalloc byte[names.Length];
        for (var ordinal = 0; ordinal < names.Length; ordinal++)
        {
            byOrdinal[ordinal] = (byte)test(frame.Run, names[ordinal]);
        }

        var run = frame.Run;
        var ordinals = run.Ints[field].AsSpan(frame.Start, frame.Count);
        var truths = frame.Truths(Slot);
        for (var i = 0; i < truths.Length; i++)
        {
            truths[i] = run.IsPresent(field, frame.Start + i) ? byOrdinal[ordinals[i]] : (byte)RuntimeOps.Unknown;
        }
    }
}
