using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A yes/no field: 8 rows at a time, the stored byte (0 or 1) where present, unknown (2) where missing.</summary>
internal sealed class BoolFieldNode(int slot, int field) : TruthNode(slot)
{
    public override void Evaluate(BlockFrame frame)
    {
        var presence = frame.Presence(field);
        ref var values = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(frame.Run.Bools[field]));
        values = ref Unsafe.Add(ref values, frame.Start);
        ref var truths = ref MemoryMarshal.GetReference(frame.Truths(Slot));
        for (var chunk = 0; chunk < presence.Length; chunk++)
        {
            uint present = presence[chunk];
            var i = chunk * 8;
            var value = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref values, i));
            var truth = (value & BitSpread.ToBytes(present)) | (BitSpread.ToBytes(~present) << 1);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref truths, i), truth);
        }
    }
}
