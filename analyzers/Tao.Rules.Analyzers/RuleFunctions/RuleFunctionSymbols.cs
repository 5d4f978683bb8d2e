using Microsoft.CodeAnalysis;
using Tao.Rules.Functions;

namespace Tao.Rules.Analyzers.RuleFunctions;

/// <summary>What the analyzers need to know about C# symbols: which methods are rule functions, which types rules know.</summary>
internal static class RuleFunctionSymbols
{
    /// <summary>The attribute type of this compilation, or null when it references no Tao.Rules (nothing to check).</summary>
    public static INamedTypeSymbol? AttributeType(Compilation compilation) =>
        compilation.GetTypeByMetadataName(RuleFunctionReader.AttributeFullName);

    public static bool IsRuleFunction(ISymbol? symbol, INamedTypeSymbol attributeType) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method
        && method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));

    /// <summary>True when rules know <paramref name="type"/> (the loader's table); a return type may be a nullable one.</summary>
    public static bool IsKnownType(ITypeSymbol type, bool isReturn)
    {
        if (isReturn && type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is INamedTypeSymbol { ContainingNamespace: not null } named
            && RuleFunctionTypes.TryGetKind(FullName(named), out _);
    }

    private static string FullName(INamedTypeSymbol type) =>
        type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : $"{type.ContainingNamespace.ToDisplayString()}.{type.MetadataName}";
}
