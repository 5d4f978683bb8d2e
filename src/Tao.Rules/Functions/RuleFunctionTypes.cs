using Tao.Rules.Binding;

namespace Tao.Rules.Functions;

/// <summary>
/// The .NET types a <c>[RuleFunction]</c> may take and return, by full metadata name, and the kind of DSL value each
/// stands for. The loader (TAO3017) and the analyzer (TAO5004) both read this one table.
/// </summary>
public static class RuleFunctionTypes
{
    private static readonly Dictionary<string, TypeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["System.Double"] = TypeKind.Number,
        ["System.Decimal"] = TypeKind.Number,
        ["System.Int32"] = TypeKind.Number,
        ["System.Int64"] = TypeKind.Number,
        ["System.Boolean"] = TypeKind.Bool,
        ["System.String"] = TypeKind.String,
        ["System.DateTime"] = TypeKind.Date,
    };

    private static readonly Dictionary<string, Type> ClrTypes = new(StringComparer.Ordinal)
    {
        ["System.Double"] = typeof(double),
        ["System.Decimal"] = typeof(decimal),
        ["System.Int32"] = typeof(int),
        ["System.Int64"] = typeof(long),
        ["System.Boolean"] = typeof(bool),
        ["System.String"] = typeof(string),
        ["System.DateTime"] = typeof(DateTime),
    };

    /// <summary>What messages list as the supported types.</summary>
    public const string SupportedText = "double, decimal, int, long, bool, string or DateTime (and, as a return type, a nullable one of them)";

    /// <summary>The DSL kind a parameter or return type of this full metadata name (<c>System.Double</c>) stands for.</summary>
    public static bool TryGetKind(string fullName, out TypeKind kind) => Kinds.TryGetValue(fullName, out kind);

    /// <summary>The .NET type of a supported full name (for a signature read from C# source rather than by reflection).</summary>
    public static Type? ClrType(string fullName) => ClrTypes.TryGetValue(fullName, out var type) ? type : null;

    /// <summary>The DSL type a supported .NET type of <paramref name="fullName"/> stands for, with the unit as written.</summary>
    public static RuleType? ToRuleType(string fullName, Units.Unit unit) =>
        TryGetKind(fullName, out var kind) && (kind == TypeKind.Number || unit.IsNone) ? ToRuleType(kind, unit, IsWholeNumber(fullName)) : null;

    /// <summary><c>int</c> and <c>long</c>: the DSL number passed must be whole, and a returned one is.</summary>
    public static bool IsWholeNumber(string fullName) =>
        string.Equals(fullName, "System.Int32", StringComparison.Ordinal) || string.Equals(fullName, "System.Int64", StringComparison.Ordinal);

    /// <summary>The type of a value of <paramref name="kind"/> in the DSL, for a number of <paramref name="unit"/>.</summary>
    internal static RuleType ToRuleType(TypeKind kind, Units.Unit unit, bool isInteger) => kind switch
    {
        TypeKind.Number => RuleType.Number(unit, isInteger),
        TypeKind.Bool => RuleType.Bool,
        TypeKind.String => RuleType.String,
        _ => RuleType.Date,
    };
}
