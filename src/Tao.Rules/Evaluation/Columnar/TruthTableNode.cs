namespace Tao.Rules.Evaluation.Columnar;

/// <summary>A function of two conditions given by its <see cref="TruthTables"/> table (<c>and</c>, <c>or</c>, yes/no comparisons); the result replaces the left side.</summary>
internal sealed class TruthTableNode : TruthNode
{
    private readonly TruthNode _left;
    private readonly TruthNode _right;
    private readonly byte[] _table;

    public TruthTableNode(TruthNode left, TruthNode right, byte[] table)
        : base(left.Slot)
    {
        _left = left;
        _right = right;
        _table = table;
    }

    public override void Evaluate(BlockFrame frame)
    {
        _left.Evaluate(frame);
        _right.Evaluate(frame);
        var left = frame.Truths(Slot);
        TruthTables.Apply(_table, left, frame.Truths(_right.Slot), left);
    }
}
