namespace Tao.Rules.Evaluation;

/// <summary>How a <see cref="CompiledPack"/> evaluates conditions. Both give the same outcomes (a property test checks it).</summary>
public enum EvaluationEngine
{
    /// <summary>
    /// Compiled for tables of at least <see cref="CompiledPack.AutoCompileThreshold"/> entities, interpreted for smaller
    /// ones (where emitting IL would cost more than it saves). The default.
    /// </summary>
    Auto,

    /// <summary>Compiled delegates where the expression allows it, the interpreter elsewhere (lists and lambdas).</summary>
    Compiled,

    /// <summary>The reference interpreter for everything: slower, used to check the compiler.</summary>
    Interpreted,
}
