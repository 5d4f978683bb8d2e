using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary><c>has(field)</c>: the presence bit, never unknown.</summary>
internal sealed class HasFieldNode(int slot, int field) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        var presence = frame.Presence(field);
        ref var truths = ref MemoryMarshal.GetReference(frame.Truths(Slot));
        for (var chunk = 0; chunk < presence.Length; chunk++)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref truths, chunk * 8), BitSpread.ToBytes(presence[chunk]));
        }
    }
}
