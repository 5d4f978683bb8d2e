using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Tao.Rules.Functions;

namespace Tao.Rules.Evaluation;

/// <summary>
/// For each <see cref="RuleFunction"/>, a delegate that calls its method and turns whatever it throws into the
/// evaluation error of <see cref="RuleFunctionValues.Failure"/>. Compiled rules invoke it instead of holding a try/catch
/// themselves: a try block inside a rule group's loop must start on an empty stack, which FastExpressionCompiler does
/// not ensure. Built once per function with the BCL compiler (a try at the top of a lambda is always valid).
/// </summary>
internal static class GuardedRuleFunctions
{
    private static readonly ConditionalWeakTable<RuleFunction, Delegate> Delegates = new();

    public static Delegate For(RuleFunction function) => Delegates.GetValue(function, Build);

    private static Delegate Build(RuleFunction function)
    {
        var method = function.Method ?? throw new InvalidOperationException($"'{function.Name}' has no method to call");
        var parameters = function.Parameters.Select(p => Expression.Parameter(p.ClrType, p.Name)).ToArray();
        var exception = Expression.Variable(typeof(Exception), "exception");
        var failure = typeof(RuleFunctionValues).GetMethod(nameof(RuleFunctionValues.Failure))!;
        var returnType = method.ReturnType;
        var body = Expression.TryCatch(
            Expression.Call(method, parameters),
            Expression.Catch(exception, Expression.Throw(Expression.Call(failure, Expression.Constant(function.Name), exception), returnType)));
        return Expression.Lambda(body, parameters).Compile();
    }
}
