using System.Reflection;
using Tao.Rules.Binding;

namespace Tao.Rules.Functions;

/// <summary>
/// A function of the rule language written in C#: a public static method marked <c>[RuleFunction]</c>, with the DSL
/// types of its parameters and result. Read by <see cref="RuleFunctionReader"/> (with its method, for evaluation), or
/// made from a signature alone with <see cref="FromSignature"/> (enough to bind, as the analyzer does); collected in a
/// <see cref="RuleFunctionCatalog"/>.
/// </summary>
public sealed class RuleFunction
{
    private RuleFunction(string name, string methodName, MethodInfo? method, IReadOnlyList<RuleFunctionParameter> parameters, RuleType returnType, Type returnClrType, string origin)
    {
        Name = name;
        MethodName = methodName;
        Method = method;
        Parameters = parameters;
        ReturnType = returnType;
        ReturnClrType = returnClrType;
        Origin = origin;
    }

    /// <summary>The name rules call it by.</summary>
    public string Name { get; }

    /// <summary>The method as C# names it: <c>Sample.Functions.LiquidityScore</c>.</summary>
    public string MethodName { get; }

    /// <summary>
    /// The method called; both evaluators call it with converted arguments, never with an unknown one. Null for a
    /// function known by its signature only: it binds, but evaluating a call of it is an error outcome.
    /// </summary>
    public MethodInfo? Method { get; }

    public IReadOnlyList<RuleFunctionParameter> Parameters { get; }

    /// <summary>The DSL type of the result (a number with the unit of <c>[RuleFunction(Unit = …)]</c>).</summary>
    public RuleType ReturnType { get; }

    /// <summary>The .NET return type: one of the supported types, or a nullable one (null is unknown).</summary>
    public Type ReturnClrType { get; }

    /// <summary>Where it was loaded from (the assembly's path), for diagnostics.</summary>
    public string Origin { get; }

    /// <summary>The signature as messages and docs show it: <c>liquidity_floor(referenceCap: Number (USD), handlers: Number) → Number (USD)</c>.</summary>
    public string Signature =>
        $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Type}"))}) → {ReturnType}";

    /// <summary>A function known by its signature only (see <see cref="Method"/>), such as one the analyzer finds in C# source.</summary>
    public static RuleFunction FromSignature(string name, string methodName, IReadOnlyList<RuleFunctionParameter> parameters, RuleType returnType, Type returnClrType, string origin) =>
        new(name, methodName, null, parameters, returnType, returnClrType, origin);

    internal static RuleFunction FromMethod(string name, MethodInfo method, IReadOnlyList<RuleFunctionParameter> parameters, RuleType returnType, string origin) =>
        new(name, $"{method.DeclaringType?.FullName}.{method.Name}", method, parameters, returnType, method.ReturnType, origin);
}

/// <summary>A parameter of a <see cref="RuleFunction"/>: its DSL type and the .NET type the argument is converted to.</summary>
public sealed class RuleFunctionParameter(string name, RuleType type, Type clrType)
{
    public string Name { get; } = name;

    /// <summary>A Number (with the unit of <c>[RuleUnit]</c>), a Bool, a String or a Date.</summary>
    public RuleType Type { get; } = type;

    /// <summary>double, decimal, int, long, bool, string or DateTime.</summary>
    public Type ClrType { get; } = clrType;
}
