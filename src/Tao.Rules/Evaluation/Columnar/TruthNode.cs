namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A condition computed for a whole block of rows into <see cref="BlockFrame.Truths"/> of <see cref="Slot"/> (<see cref="TruthTables"/>).</summary>
internal abstract class TruthNode(int slot)
{
    public int Slot { get; } = slot;

    public abstract void Evaluate(BlockFrame frame);
}
