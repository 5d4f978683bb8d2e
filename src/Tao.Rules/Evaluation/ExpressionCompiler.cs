using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation;

/// <summary>Compiles bound expressions to delegates; returns null for what it does not handle (the interpreter does).</summary>
internal sealed class ExpressionCompiler(CompiledPack pack)
{
    public Func<EvaluationRun, int, RuntimeValue>? TryCompileValue(BoundExpression expression) => null;

    public Func<EvaluationRun, int, int>? TryCompileTruth(BoundExpression expression) => null;

    internal CompiledPack Pack => pack;
}
