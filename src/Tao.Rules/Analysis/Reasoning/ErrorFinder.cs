using Tao.Rules.Binding;

namespace Tao.Rules.Analysis.Reasoning;

/// <summary>Finds a node with an error type: such a condition was already reported and is not reasoned about.</summary>
internal sealed class ErrorFinder : BoundTreeWalker
{
    private bool _found;

    public static bool HasError(BoundExpression expression)
    {
        var finder = new ErrorFinder();
        finder.VisitExpression(expression);
        return finder._found;
    }

    public override void VisitExpression(BoundExpression expression)
    {
        if (_found || expression.Type.IsError || expression is BoundErrorExpression)
        {
            _found = true;
            return;
        }

        base.VisitExpression(expression);
    }
}
