namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// A number (or date, as a day number) computed for a whole block of rows into <see cref="BlockFrame.Numbers"/> of
/// <see cref="Slot"/>, NaN where it is unknown. When <see cref="CanError"/>, <see cref="BlockFrame.Errors"/> of the slot
/// says where computing it failed; otherwise that slot is not written and must not be read.
/// </summary>
internal abstract class NumberNode(int slot)
{
    public int Slot { get; } = slot;

    public abstract bool CanError { get; }

    public abstract void Evaluate(BlockFrame frame);
}
