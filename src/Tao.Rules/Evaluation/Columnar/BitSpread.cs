using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>Turns bit masks of 8 rows (vector compares, presence bytes) into 8 bytes of 0 or 1, and back.</summary>
internal static class BitSpread
{
    /// <summary>Byte <c>i</c> of <c>Bytes[m]</c> is bit <c>i</c> of <c>m</c>.</summary>
    private static readonly ulong[] Bytes = CreateBytes();

    /// <summary>Lane <c>i</c> of <c>LaneMasks[m]</c> is all ones when bit <c>i</c> of the nibble <c>m</c> is set.</summary>
    private static readonly Vector256<long>[] LaneMasks = CreateLaneMasks();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ToBytes(uint mask) => Bytes[mask & 0xFF];

    /// <summary>The mask of 4 lanes from bits <c>shift</c> to <c>shift + 3</c> of <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Lanes(uint bits, int shift) => LaneMasks[(bits >> shift) & 0xF].AsDouble();

    /// <summary>Bits of 8 rows: lane masks of two vectors of 4.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bits(Vector256<double> low, Vector256<double> high) =>
        low.ExtractMostSignificantBits() | (high.ExtractMostSignificantBits() << 4);

    /// <summary>Bits of the 8 rows whose values are not NaN (known).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Known(Vector256<double> low, Vector256<double> high) =>
        Bits(Vector256.Equals(low, low), Vector256.Equals(high, high));

    private static ulong[] CreateBytes()
    {
        var table = new ulong[256];
        for (var mask = 0; mask < 256; mask++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    table[mask] |= 1UL << (8 * bit);
                }
            }
        }

        return table;
    }

    private static Vector256<long>[] CreateLaneMasks()
    {
        var table = new Vector256<long>[16];
        for (var mask = 0; mask < 16; mask++)
        {
            table[mask] = Vector256.Create(
                (mask & 1) != 0 ? -1L : 0,
                (mask & 2) != 0 ? -1L : 0,
                (mask & 4) != 0 ? -1L : 0,
                (mask & 8) != 0 ? -1L : 0);
        }

        return table;
    }
}
