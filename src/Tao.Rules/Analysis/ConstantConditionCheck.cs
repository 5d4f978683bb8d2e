using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4006: a <c>when</c> or <c>require</c> whose value is known without any fact (<c>require 1 &lt; 2</c>,
/// <c>when x or true</c>). Params do not count as constants: a run may override them.
/// </summary>
internal sealed class ConstantConditionCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        foreach (var rule in package.Rules)
        {
            Report(rule.When, "when", diagnostics);
            Report(rule.Require, "require", diagnostics);
        }
    }

    private static void Report(BoundExpression? condition, string clause, DiagnosticBag diagnostics)
    {
        if (condition is null || condition.Type.IsError || ConstantFolder.TryFold(condition) is not { Kind: TypeKind.Bool } value)
        {
            return;
        }

        var consequence = (clause, value.Boolean) switch
        {
            ("when", true) => "; the rule always applies, so drop the 'when'",
            ("when", false) => "; the rule never applies",
            (_, true) => "; the rule can never fail",
            _ => "; the rule always fails",
        };
        diagnostics.Add(DiagnosticCatalog.ConstantCondition, condition.Syntax.Span, clause, value.Boolean ? "true" : "false", consequence);
    }
}
