using System.Reflection;
using Tao.Rules.Binding;

namespace Tao.Rules.Functions;

/// <summary>
/// A function of the rule language written in C#: a public static method marked <c>[RuleFunction]</c>, with the DSL
/// types of its parameters and result. Read by <see cref="RuleFunctionReader"/>; collected in a <see cref="RuleFunctionCatalog"/>.
/// </summary>
public sealed class RuleFunction
{
    internal RuleFunction(string name, MethodInfo method, IReadOnlyList<RuleFunctionParameter> parameters, RuleType returnType, string origin)
    {
        Name = name;
        Method = method;
        Parameters = parameters;
        ReturnType = returnType;
        Origin = origin;
    }

    /// <summary>The name rules call it by.</summary>
    public string Name { get; }

    /// <summary>The method called; both evaluators call it with converted arguments, never with an unknown one.</summary>
    public MethodInfo Method { get; }

    public IReadOnlyList<RuleFunctionParameter> Parameters { get; }

    /// <summary>The DSL type of the result (a number with the unit of <c>[RuleFunction(Unit = …)]</c>).</summary>
    public RuleType ReturnType { get; }

    /// <summary>Where it was loaded from (the assembly's path), for diagnostics.</summary>
    public string Origin { get; }

    /// <summary>The method as C# names it: <c>Sample.Functions.LiquidityScore</c>.</summary>
    public string MethodName => $"{Method.DeclaringType?.FullName}.{Method.Name}";

    /// <summary>The signature as messages and docs show it: <c>liquidity_score(volume: Number (USD), days: Number) → Number</c>.</summary>
    public string Signature =>
        $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Type}"))}) → {ReturnType}";
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
