using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// Truths in a block are bytes: <see cref="RuntimeOps.False"/>, <see cref="RuntimeOps.True"/>,
/// <see cref="RuntimeOps.Unknown"/>, or <see cref="Error"/> where the row engines would have thrown. A function of two
/// truths is a table of 16 bytes indexed by <c>left * 4 + right</c>, built from the row engines' own rules (the order of
/// evaluation included: a decisive left side hides an error on the right), and applied 32 rows at a time with a byte shuffle.
/// </summary>
internal static class TruthTables
{
    public const byte Error = 3;

    public static readonly byte[] And = Logic(decisive: RuntimeOps.False);

    public static readonly byte[] Or = Logic(decisive: RuntimeOps.True);

    public static readonly byte[] Not = Unary(static t => RuntimeOps.Not(t));

    /// <summary>The rule's <see cref="Outcome"/> from its <c>when</c> (left) and <c>require</c> (right), as <see cref="CompiledPack.Decide"/> gives it.</summary>
    public static readonly byte[] Outcome = CreateOutcome();

    /// <summary>The outcome of a rule without <c>when</c>, from its <c>require</c>.</summary>
    public static readonly byte[] OutcomeWithoutWhen = [.. Outcome.AsSpan(RuntimeOps.True << 2, 4), .. new byte[12]];

    /// <summary>A comparison of two yes/no values (<c>op</c> as in <see cref="RuntimeOps.Holds"/>); both sides are evaluated.</summary>
    public static byte[] CompareTruth(int op) =>
        Binary((left, right) => left == Error || right == Error ? Error : (byte)RuntimeOps.CompareTruth(left, right, op));

    /// <summary><c>destination[i] = table[left[i] * 4 + right[i]]</c>; the spans may be the same.</summary>
    public static void Apply(byte[] table, ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        var count = destination.Length;
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r = ref MemoryMarshal.GetReference(right);
        ref var d = ref MemoryMarshal.GetReference(destination);
        var i = 0;
        if (Avx2.IsSupported)
        {
            var lookup = Vector256.Create(Vector128.Create(table));
            for (; i + 32 <= count; i += 32)
            {
                var index = Vector256.ShiftLeft(Vector256.LoadUnsafe(ref l, (nuint)i), 2) | Vector256.LoadUnsafe(ref r, (nuint)i);
                Avx2.Shuffle(lookup, index).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < count; i++)
        {
            Unsafe.Add(ref d, i) = table[(Unsafe.Add(ref l, i) << 2) | Unsafe.Add(ref r, i)];
        }
    }

    /// <summary><c>values[i] = table[values[i]]</c>, for a function of one truth.</summary>
    public static void Apply(byte[] table, Span<byte> values)
    {
        var count = values.Length;
        ref var v = ref MemoryMarshal.GetReference(values);
        var i = 0;
        if (Avx2.IsSupported)
        {
            var lookup = Vector256.Create(Vector128.Create(table));
            for (; i + 32 <= count; i += 32)
            {
                Avx2.Shuffle(lookup, Vector256.LoadUnsafe(ref v, (nuint)i)).StoreUnsafe(ref v, (nuint)i);
            }
        }

        for (; i < count; i++)
        {
            Unsafe.Add(ref v, i) = table[Unsafe.Add(ref v, i)];
        }
    }

    /// <summary>Marks <see cref="Error"/> where <paramref name="errors"/> is 1 (an operand failed; both were evaluated).</summary>
    public static void MergeErrors(ReadOnlySpan<byte> errors, Span<byte> truths)
    {
        var count = truths.Length;
        ref var e = ref MemoryMarshal.GetReference(errors);
        ref var t = ref MemoryMarshal.GetReference(truths);
        var i = 0;
        for (; i + 32 <= count; i += 32)
        {
            var error = Vector256.LoadUnsafe(ref e, (nuint)i);
            (Vector256.LoadUnsafe(ref t, (nuint)i) | error | Vector256.ShiftLeft(error, 1)).StoreUnsafe(ref t, (nuint)i);
        }

        for (; i < count; i++)
        {
            Unsafe.Add(ref t, i) |= (byte)(Unsafe.Add(ref e, i) * Error);
        }
    }

    private static byte[] Logic(int decisive)
    {
        var other = 1 - decisive;
        return Binary((left, right) =>
            left == Error ? Error
            : left == decisive ? (byte)decisive
            : right == Error ? Error
            : right == decisive ? (byte)decisive
            : left == RuntimeOps.Unknown || right == RuntimeOps.Unknown ? (byte)RuntimeOps.Unknown
            : (byte)other);
    }

    private static byte[] CreateOutcome() => Binary((when, require) =>
        when == Error ? (byte)Tao.Rules.Outcome.Error
        : when == RuntimeOps.False ? (byte)Tao.Rules.Outcome.NotApplicable
        : require == Error ? (byte)Tao.Rules.Outcome.Error
        : when == RuntimeOps.Unknown ? (byte)Tao.Rules.Outcome.Unknown
        : require == RuntimeOps.True ? (byte)Tao.Rules.Outcome.Pass
        : require == RuntimeOps.False ? (byte)Tao.Rules.Outcome.Fail
        : (byte)Tao.Rules.Outcome.Unknown);

    private static byte[] Binary(Func<int, int, byte> function)
    {
        var table = new byte[16];
        for (var left = 0; left < 4; left++)
        {
            for (var right = 0; right < 4; right++)
            {
                table[(left << 2) | right] = function(left, right);
            }
        }

        return table;
    }

    private static byte[] Unary(Func<int, int> function)
    {
        var table = new byte[16];
        for (var value = 0; value < 4; value++)
        {
            table[value] = value == Error ? Error : (byte)function(value);
        }

        return table;
    }
}
