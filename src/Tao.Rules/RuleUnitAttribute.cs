namespace Tao.Rules;

/// <summary>
/// The unit of a number parameter of a <see cref="RuleFunctionAttribute">[RuleFunction]</see>, as written in rules
/// (<c>USD</c>, <c>TAO</c>, <c>days</c>). The binder accepts only arguments of that dimension, and the method receives
/// the value in the dimension's base unit (<c>2 weeks</c> arrives as 14, <c>95 %</c> as 0.95). A number parameter
/// without it takes plain numbers (or %, bps, x).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RuleUnitAttribute(string unit) : Attribute
{
    /// <summary>The unit, as written in rules.</summary>
    public string Unit { get; } = unit;
}
