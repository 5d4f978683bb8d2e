using System.Reflection;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;
using Tao.Rules.Units;

namespace Tao.Rules.Functions;

/// <summary>
/// Reads the <c>[RuleFunction]</c> methods of an assembly by reflection. The attributes are recognised by their full
/// name, not by type identity, so an assembly built against another copy of Tao.Rules is read all the same. A method
/// that cannot be used is reported (TAO3017) with every reason, and left out.
/// </summary>
public static class RuleFunctionReader
{
    /// <summary>The full metadata name of <see cref="RuleFunctionAttribute"/>; the analyzer recognises methods by it too.</summary>
    public const string AttributeFullName = "Tao.Rules.RuleFunctionAttribute";

    /// <summary>The full metadata name of <see cref="RuleUnitAttribute"/>.</summary>
    public const string UnitAttributeFullName = "Tao.Rules.RuleUnitAttribute";

    private const BindingFlags AllDeclared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Every usable <c>[RuleFunction]</c> of <paramref name="assembly"/>, in type and method name order.
    /// <paramref name="path"/> is where diagnostics point. Types that cannot be loaded give TAO3019.
    /// </summary>
    public static IReadOnlyList<RuleFunction> ReadAssembly(Assembly assembly, string path, DiagnosticBag diagnostics)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            var reason = exception.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? exception.Message;
            diagnostics.Add(DiagnosticCatalog.UnloadableFunctions, Location.ForFile(path), path, reason);
            return [];
        }

        return types
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ReadType(t, path, diagnostics))
            .ToList();
    }

    /// <summary>Every usable <c>[RuleFunction]</c> declared by <paramref name="type"/>, in method name order.</summary>
    public static IReadOnlyList<RuleFunction> ReadType(Type type, string path, DiagnosticBag diagnostics) =>
        type.GetMethods(AllDeclared)
            .Where(m => FindAttribute(m.CustomAttributes, AttributeFullName) is not null)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.GetParameters().Length)
            .Select(m => ReadMethod(m, path, diagnostics))
            .OfType<RuleFunction>()
            .ToList();

    /// <summary>The function <paramref name="method"/> stands for, or null after reporting why it cannot be one.</summary>
    public static RuleFunction? ReadMethod(MethodInfo method, string path, DiagnosticBag diagnostics)
    {
        var attribute = FindAttribute(method.CustomAttributes, AttributeFullName);
        var methodName = $"{method.DeclaringType?.FullName}.{method.Name}";
        var problems = new List<string>();
        if (!method.IsPublic || !method.IsStatic)
        {
            problems.Add("it must be public and static");
        }

        if (method.ContainsGenericParameters)
        {
            problems.Add("it must not be generic");
        }

        var name = attribute?.ConstructorArguments.Select(a => a.Value).OfType<string>().FirstOrDefault()
            ?? RuleFunctionNames.FromMethodName(method.Name);
        if (!RuleFunctionNames.IsValid(name))
        {
            problems.Add($"'{name}' is not a name rules can call; give one of lower-case letters, digits and '_' that is not a keyword, as in [RuleFunction(\"my_name\")]");
        }

        var parameters = new List<RuleFunctionParameter>();
        foreach (var parameter in method.GetParameters())
        {
            var unitText = FindAttribute(parameter.CustomAttributes, UnitAttributeFullName)?.ConstructorArguments.Select(a => a.Value).OfType<string>().FirstOrDefault();
            var type = ReadType(parameter.ParameterType, unitText, isReturn: false, $"parameter '{parameter.Name}'", problems);
            if (type is not null)
            {
                parameters.Add(new RuleFunctionParameter(parameter.Name ?? $"arg{parameter.Position}", type, parameter.ParameterType));
            }
        }

        var returnUnit = attribute?.NamedArguments.Where(a => string.Equals(a.MemberName, nameof(RuleFunctionAttribute.Unit), StringComparison.Ordinal))
            .Select(a => a.TypedValue.Value).OfType<string>().FirstOrDefault();
        var returnType = ReadType(method.ReturnType, returnUnit, isReturn: true, "the return type", problems);

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                diagnostics.Add(DiagnosticCatalog.UnsupportedRuleFunction, Location.ForFile(path), methodName, problem);
            }

            return null;
        }

        return RuleFunction.FromMethod(name, method, parameters, returnType!, path);
    }

    private static RuleType? ReadType(Type type, string? unitText, bool isReturn, string what, List<string> problems)
    {
        var underlying = isReturn ? Nullable.GetUnderlyingType(type) ?? type : type;
        var fullName = underlying.FullName ?? underlying.Name;
        if (type.IsByRef || !RuleFunctionTypes.TryGetKind(fullName, out var kind))
        {
            problems.Add($"{what} is {type}; rules know {RuleFunctionTypes.SupportedText}");
            return null;
        }

        var unit = Unit.None;
        if (unitText is not null)
        {
            if (kind != TypeKind.Number)
            {
                problems.Add($"{what} is not a number, so it cannot have the unit '{unitText}'");
                return null;
            }

            if (!UnitParser.TryParse(unitText, out unit, out var error))
            {
                problems.Add($"{what} has an unknown unit: {error}");
                return null;
            }
        }

        return RuleFunctionTypes.ToRuleType(kind, unit, RuleFunctionTypes.IsWholeNumber(fullName));
    }

    private static CustomAttributeData? FindAttribute(IEnumerable<CustomAttributeData> attributes, string fullName) =>
        attributes.FirstOrDefault(a => string.Equals(a.AttributeType.FullName, fullName, StringComparison.Ordinal));
}
