using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tao.Rules.Analyzers.RuleFunctions;

/// <summary>
/// What every rule-function analyzer starts with: nothing to do in a compilation that does not reference Tao.Rules;
/// otherwise <see cref="Start"/> registers its actions with the <c>[RuleFunction]</c> attribute type in hand.
/// </summary>
public abstract class RuleFunctionAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (RuleFunctionSymbols.AttributeType(start.Compilation) is { } attribute)
            {
                Start(start, attribute);
            }
        });
    }

    private protected abstract void Start(CompilationStartAnalysisContext context, INamedTypeSymbol attribute);

    /// <summary>Runs <paramref name="analyze"/> on every method that carries the attribute.</summary>
    private protected static void OnRuleFunctions(CompilationStartAnalysisContext context, INamedTypeSymbol attribute, Action<SymbolAnalysisContext, IMethodSymbol> analyze) =>
        context.RegisterSymbolAction(
            symbolContext =>
            {
                if (RuleFunctionSymbols.IsRuleFunction(symbolContext.Symbol, attribute))
                {
                    analyze(symbolContext, (IMethodSymbol)symbolContext.Symbol);
                }
            },
            SymbolKind.Method);
}
