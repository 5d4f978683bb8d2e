using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Tao.Rules.Analyzers.RuleFunctions;

namespace Tao.Rules.Analyzers;

/// <summary>
/// TAO5004: each parameter and the return type of a <c>[RuleFunction]</c> must be a type rules know (the loader's table,
/// <see cref="Functions.RuleFunctionTypes"/>); <c>ref</c>, <c>out</c> and <c>in</c> parameters are refused too. Reported
/// at the type as written, so the squiggle sits on what has to change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleFunctionTypeAnalyzer : RuleFunctionAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleFunctionDescriptors.UnknownType);

    private protected override void Start(CompilationStartAnalysisContext context, INamedTypeSymbol attribute) =>
        OnRuleFunctions(context, attribute, Analyze);

    private static void Analyze(SymbolAnalysisContext context, IMethodSymbol method)
    {
        var declaration = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).OfType<MethodDeclarationSyntax>().FirstOrDefault();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.None && RuleFunctionSymbols.IsKnownType(parameter.Type, isReturn: false))
            {
                continue;
            }

            var syntax = declaration?.ParameterList.Parameters.FirstOrDefault(p => p.Identifier.ValueText == parameter.Name);
            var location = syntax is null ? parameter.Locations[0] : syntax.Modifiers.Count > 0 ? syntax.GetLocation() : syntax.Type?.GetLocation() ?? syntax.GetLocation();
            var typeText = syntax?.Modifiers.Count > 0 ? $"{syntax.Modifiers} {parameter.Type.ToDisplayString()}" : parameter.Type.ToDisplayString();
            context.ReportDiagnostic(Diagnostic.Create(RuleFunctionDescriptors.UnknownType, location, method.Name, $"parameter '{parameter.Name}'", typeText));
        }

        if (!RuleFunctionSymbols.IsKnownType(method.ReturnType, isReturn: true))
        {
            var location = declaration?.ReturnType.GetLocation() ?? method.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(RuleFunctionDescriptors.UnknownType, location, method.Name, "the return type", method.ReturnType.ToDisplayString()));
        }
    }
}
