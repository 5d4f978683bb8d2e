using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Binding;

/// <summary>Binds a parsed rule file against entity schemas: names, types and units (TAO3xxx).</summary>
public static class Binder
{
    /// <summary>
    /// Binds <paramref name="tree"/>. Every mistake is reported to <paramref name="diagnostics"/>, once; the package is
    /// returned even then (with <see cref="BoundPackage.HasErrors"/> set) so later phases can still lint it.
    /// </summary>
    public static BoundPackage Bind(RuleSyntaxTree tree, SchemaSet schemas, DiagnosticBag diagnostics) =>
        new PackageBinder(tree, schemas, diagnostics).Bind();

    /// <summary>As <see cref="Bind(RuleSyntaxTree, SchemaSet, DiagnosticBag)"/>, with C# <paramref name="functions"/> callable besides the built-ins.</summary>
    public static BoundPackage Bind(RuleSyntaxTree tree, SchemaSet schemas, DiagnosticBag diagnostics, RuleFunctionCatalog? functions) =>
        new PackageBinder(tree, schemas, diagnostics, functions).Bind();

    /// <summary>
    /// Checks a run's override of a param (<c>--param jp.jvcea.min_cap=5_000_000 USD</c>; pass the text after '=')
    /// against the param's type and unit, and returns its value in base units, or null after reporting why not
    /// (TAO1xxx for syntax, TAO3014 when not a constant, TAO3002/TAO3003 for the wrong type or unit).
    /// </summary>
    public static ConstantValue? BindParamOverride(BoundParam param, SourceText value, DiagnosticBag diagnostics)
    {
        var syntax = RuleParser.ParseExpression(value, diagnostics);
        if (syntax is null)
        {
            return null;
        }

        var context = new BindingContext(null, null, SchemaSet.Empty, diagnostics);
        if (ConstantSyntax.FindNonConstant(syntax) is { } offending)
        {
            context.Report(DiagnosticCatalog.NonConstantValue, offending.Span, $"the value of 'param {param.Name}' must be a constant (literals, lists and arithmetic on them); '{offending.Span}' is not");
            return null;
        }

        var bound = new ExpressionBinder(context).Bind(syntax);
        if (bound.Type.IsError || param.Type.IsError)
        {
            return null;
        }

        if (!TypeFacts.AreSameKind(param.Type, bound.Type))
        {
            context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, $"param '{param.Name}' is {param.Type.DisplayName}, but the value given is {bound.Type.DisplayName}");
            return null;
        }

        var expected = param.Type.Kind == TypeKind.List ? param.Type.ElementType! : param.Type;
        var actual = bound.Type.Kind == TypeKind.List ? bound.Type.ElementType! : bound.Type;
        if (expected.IsNumber && actual.IsNumber && !UnitFacts.AreCompatible(expected.Unit, actual.Unit))
        {
            context.Report(DiagnosticCatalog.UnitMismatch, syntax.Span, $"param '{param.Name}' is in {UnitFacts.Describe(expected.Unit)}, but the value given is in {UnitFacts.Describe(actual.Unit)}");
            return null;
        }

        var constant = ConstantFolder.TryFold(bound);
        if (constant is null)
        {
            context.Report(DiagnosticCatalog.NonConstantValue, syntax.Span, $"the value of 'param {param.Name}' cannot be computed (division by zero or a value out of range)");
        }

        return constant;
    }
}
