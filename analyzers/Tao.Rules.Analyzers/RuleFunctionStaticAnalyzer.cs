using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Tao.Rules.Analyzers.RuleFunctions;

namespace Tao.Rules.Analyzers;

/// <summary>
/// TAO5003: a <c>[RuleFunction]</c> must be public and static — the loader calls it with no instance, by reflection over
/// public methods. Reported at the method's name; the code fix makes it <c>public static</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleFunctionStaticAnalyzer : RuleFunctionAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleFunctionDescriptors.NotStatic);

    private protected override void Start(CompilationStartAnalysisContext context, INamedTypeSymbol attribute) =>
        OnRuleFunctions(context, attribute, (symbolContext, method) =>
        {
            if (!method.IsStatic || method.DeclaredAccessibility != Accessibility.Public)
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(RuleFunctionDescriptors.NotStatic, method.Locations[0], method.Name));
            }
        });
}
