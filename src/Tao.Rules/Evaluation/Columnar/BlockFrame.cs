using System.Buffers;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// The scratch space of one columnar run: numbered slots of <see cref="Size"/> values each, numbers (NaN for unknown)
/// with an error byte per value, and three-valued truths with errors (<see cref="TruthTables"/>). Nodes write the
/// slot the compiler gave them for the block of rows at <see cref="Start"/>. Rented from the shared pools and returned on
/// <see cref="Dispose"/>, so a run allocates nothing per entity.
/// </summary>
internal sealed class BlockFrame : IDisposable
{
    /// <summary>Rows per block: a multiple of 64 (a presence word), small enough for a rule's slots to stay in cache.</summary>
    public const int Size = 1024;

    private readonly double[] _numbers;
    private readonly byte[] _errors;
    private readonly byte[] _truths;

    public BlockFrame(EvaluationRun run, int numberSlots, int truthSlots)
    {
        Run = run;
        _numbers = ArrayPool<double>.Shared.Rent(numberSlots * Size);
        _errors = ArrayPool<byte>.Shared.Rent(numberSlots * Size);
        _truths = ArrayPool<byte>.Shared.Rent(truthSlots * Size);
    }

    public EvaluationRun Run { get; }

    /// <summary>The first row of the current block (a multiple of <see cref="Size"/>).</summary>
    public int Start { get; private set; }

    /// <summary>The rows in the current block: a multiple of 8, at most <see cref="Size"/>.</summary>
    public int Count { get; private set; }

    public void MoveTo(int start, int count)
    {
        Start = start;
        Count = count;
    }

    public Span<double> Numbers(int slot) => _numbers.AsSpan(slot * Size, Count);

    /// <summary>1 where computing the number in <paramref name="slot"/> failed (division by zero, overflow), else 0.</summary>
    public Span<byte> Errors(int slot) => _errors.AsSpan(slot * Size, Count);

    public Span<byte> Truths(int slot) => _truths.AsSpan(slot * Size, Count);

    /// <summary>A number column of the run for the current block (missing rows hold 0; see <see cref="Presence"/>).</summary>
    public ReadOnlySpan<double> NumberColumn(int field) => Run.Numbers[field].AsSpan(Start, Count);

    /// <summary>The presence bits of the current block, one byte per 8 rows (bit <c>i</c> of byte <c>k</c>: row <c>8k + i</c>).</summary>
    public ReadOnlySpan<byte> Presence(int field) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(Run.Presence[field].AsSpan()).Slice(Start / 8, Count / 8);

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_numbers);
        ArrayPool<byte>.Shared.Return(_errors);
        ArrayPool<byte>.Shared.Return(_truths);
    }
}
