using Microsoft.CodeAnalysis;
using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Units;

namespace Tao.Rules.Analyzers.RuleFunctions;

/// <summary>
/// The <c>[RuleFunction]</c>s a compilation can see — in its own source and in the assemblies it references that
/// reference Tao.Rules — as a catalog of signatures, so that rule files of the same project bind their calls as
/// <c>tao-rules check --functions</c> would. Methods the loader would refuse (TAO3017) or whose name clashes (TAO3018)
/// are left out silently: the C# analyzers and the CLI report those.
/// </summary>
public static class RuleFunctionSignatures
{
    public static RuleFunctionCatalog Read(Compilation compilation, CancellationToken cancellationToken = default)
    {
        if (RuleFunctionSymbols.AttributeType(compilation) is not { } attribute)
        {
            return RuleFunctionCatalog.Empty;
        }

        var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
        assemblies.AddRange(compilation.SourceModule.ReferencedAssemblySymbols.Where(a =>
            a.Modules.Any(m => m.ReferencedAssemblies.Any(r => string.Equals(r.Name, "Tao.Rules", StringComparison.Ordinal)))));

        var functions = new List<RuleFunction>();
        foreach (var assembly in assemblies.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            foreach (var type in Types(assembly.GlobalNamespace).OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    if (RuleFunctionSymbols.IsRuleFunction(method, attribute) && Signature(method, attribute, assembly.Name) is { } function)
                    {
                        functions.Add(function);
                    }
                }
            }
        }

        return RuleFunctionCatalog.Create(functions, new DiagnosticBag());
    }

    private static RuleFunction? Signature(IMethodSymbol method, INamedTypeSymbol attribute, string origin)
    {
        if (!method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || method.IsGenericMethod)
        {
            return null;
        }

        var data = method.GetAttributes().First(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
        var name = data.ConstructorArguments.Select(a => a.Value).OfType<string>().FirstOrDefault() ?? RuleFunctionNames.FromMethodName(method.Name);
        if (!RuleFunctionNames.IsValid(name))
        {
            return null;
        }

        var parameters = new List<RuleFunctionParameter>();
        foreach (var parameter in method.Parameters)
        {
            var unit = parameter.GetAttributes()
                .Where(a => string.Equals(a.AttributeClass?.ToDisplayString(), RuleFunctionReader.UnitAttributeFullName, StringComparison.Ordinal))
                .Select(a => a.ConstructorArguments.Select(c => c.Value).OfType<string>().FirstOrDefault())
                .FirstOrDefault();
            if (parameter.RefKind != RefKind.None || Type(parameter.Type, unit) is not { } typed)
            {
                return null;
            }

            parameters.Add(new RuleFunctionParameter(parameter.Name, typed.Type, typed.Clr));
        }

        var returnUnit = data.NamedArguments.Where(a => a.Key == nameof(RuleFunctionAttribute.Unit)).Select(a => a.Value.Value).OfType<string>().FirstOrDefault();
        var returnType = method.ReturnType;
        var nullable = returnType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper ? wrapper.TypeArguments[0] : null;
        if (Type(nullable ?? returnType, returnUnit) is not { } result)
        {
            return null;
        }

        var returnClr = nullable is null ? result.Clr : typeof(Nullable<>).MakeGenericType(result.Clr);
        return RuleFunction.FromSignature(name, $"{method.ContainingType.ToDisplayString()}.{method.Name}", parameters, result.Type, returnClr, origin);
    }

    private static (Binding.RuleType Type, Type Clr)? Type(ITypeSymbol type, string? unitText)
    {
        var fullName = type.ContainingNamespace is { IsGlobalNamespace: false } space ? $"{space.ToDisplayString()}.{type.MetadataName}" : type.MetadataName;
        var unit = Unit.None;
        if ((unitText is not null && !UnitParser.TryParse(unitText, out unit, out _)) || RuleFunctionTypes.ClrType(fullName) is not { } clr)
        {
            return null;
        }

        return RuleFunctionTypes.ToRuleType(fullName, unit) is { } ruleType ? (ruleType, clr) : null;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol space)
    {
        foreach (var member in space.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in Types(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        new[] { type }.Concat(type.GetTypeMembers().SelectMany(WithNested));
}
