using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// A number field. Comparisons read its column and presence bits directly (<see cref="Field"/>); other operations
/// have it written to its slot with NaN for the missing values.
/// </summary>
internal sealed class FieldNumberNode(int slot, int field) : NumberNode(slot)
{
    public int Field { get; } = field;

    public override bool CanError => false;

    public override void Evaluate(BlockFrame frame)
    {
        var presence = frame.Presence(Field);
        ref var source = ref MemoryMarshal.GetReference(frame.NumberColumn(Field));
        ref var destination = ref MemoryMarshal.GetReference(frame.Numbers(Slot));
        var unknown = Vector256.Create(double.NaN);
        for (var chunk = 0; chunk < presence.Length; chunk++)
        {
            uint present = presence[chunk];
            var i = (nuint)(chunk * 8);
            Vector256.ConditionalSelect(BitSpread.Lanes(present, 0), Vector256.LoadUnsafe(ref source, i), unknown).StoreUnsafe(ref destination, i);
            Vector256.ConditionalSelect(BitSpread.Lanes(present, 4), Vector256.LoadUnsafe(ref source, i + 4), unknown).StoreUnsafe(ref destination, i + 4);
        }
    }
}
