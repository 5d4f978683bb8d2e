using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

internal sealed partial class ExpressionBinder
{
    /// <summary>
    /// A call of a C# function: exactly its arity (TAO3004), each argument of its parameter's kind (TAO3002; an enum
    /// value passes for a string) and, for numbers, of its parameter's dimension (TAO3003).
    /// </summary>
    private BoundExpression BindRuleFunctionCall(CallExpressionSyntax syntax, RuleFunction function)
    {
        var arguments = syntax.Arguments;
        var parameters = function.Parameters;
        if (arguments.Count != parameters.Count)
        {
            var takes = parameters.Count == 1 ? "1 argument" : $"{parameters.Count} arguments";
            var given = arguments.Count == 1 ? "1 argument" : $"{arguments.Count} arguments";
            Context.Report(DiagnosticCatalog.UnknownFunction, syntax.Span, $"'{function.Name}' takes {takes} but is given {given}; expected {function.Signature}");
            return new BoundErrorExpression(syntax);
        }

        var bound = new BoundExpression[arguments.Count];
        var failed = false;
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = Bind(arguments[i]);
            failed |= bound[i].Type.IsError || !Accepts(function, parameters[i], bound[i], arguments[i]);
        }

        return failed ? new BoundErrorExpression(syntax) : new BoundRuleFunctionCall(syntax, function, bound);
    }

    private bool Accepts(RuleFunction function, RuleFunctionParameter parameter, BoundExpression argument, ExpressionSyntax at)
    {
        if (argument.Type.IsError)
        {
            return false;
        }

        var expected = parameter.Type;
        var actual = argument.Type;
        var sameKind = expected.Kind == TypeKind.String ? actual.Kind is TypeKind.String or TypeKind.Enum : actual.Kind == expected.Kind;
        if (!sameKind)
        {
            Context.Report(DiagnosticCatalog.TypeMismatch, at.Span, $"'{parameter.Name}' of '{function.Name}' is {expected.DisplayName}, but this is {actual.DisplayName}; expected {function.Signature}");
            return false;
        }

        if (expected.IsNumber && !UnitFacts.AreCompatible(expected.Unit, actual.Unit))
        {
            Context.Report(DiagnosticCatalog.UnitMismatch, at.Span, $"'{parameter.Name}' of '{function.Name}' is in {UnitFacts.Describe(expected.Unit)}, but this is in {UnitFacts.Describe(actual.Unit)}");
            return false;
        }

        return true;
    }
}
