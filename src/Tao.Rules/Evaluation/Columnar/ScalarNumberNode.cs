namespace Tao.Rules.Evaluation.Columnar;

/// <summary>
/// An operation of <see cref="RuntimeOps"/> with no vector form (<c>pow</c>, <c>round</c>, date arithmetic, <c>rank</c>),
/// called row by row on the block's operands; where it throws, the row's error is set. The result replaces the first operand.
/// </summary>
internal sealed class ScalarNumberNode : NumberNode
{
    private readonly NumberNode _left;
    private readonly NumberNode? _right;
    private readonly Func<EvaluationRun, double, double, double> _operation;

    public ScalarNumberNode(NumberNode left, NumberNode? right, Func<EvaluationRun, double, double, double> operation)
        : base(left.Slot)
    {
        _left = left;
        _right = right;
        _operation = operation;
    }

    public override bool CanError => true;

    public override void Evaluate(BlockFrame frame)
    {
        _left.Evaluate(frame);
        _right?.Evaluate(frame);
        var values = frame.Numbers(Slot);
        var errors = frame.Errors(Slot);
        var right = _right is null ? default : frame.Numbers(_right.Slot);
        var rightErrors = _right is { CanError: true } ? frame.Errors(_right.Slot) : default;
        var leftCanError = _left.CanError;
        for (var i = 0; i < values.Length; i++)
        {
            byte error = 0;
            try
            {
                values[i] = _operation(frame.Run, values[i], right.IsEmpty ? double.NaN : right[i]);
            }
            catch (RuleEvaluationException)
            {
                values[i] = double.NaN;
                error = 1;
            }

            errors[i] = (byte)(error | (leftCanError ? errors[i] : 0) | (rightErrors.IsEmpty ? 0 : rightErrors[i]));
        }
    }
}
