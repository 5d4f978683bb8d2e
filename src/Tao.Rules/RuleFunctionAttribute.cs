namespace Tao.Rules;

/// <summary>
/// Marks a public static method as a function of the rule language. Loaded with <c>--functions PATH.dll</c> (or passed
/// to <see cref="RuleCompilation.Create(IEnumerable{Text.SourceText}, Schema.SchemaSet?, Functions.RuleFunctionCatalog?, Analysis.LintOptions?)"/>),
/// it can be called from a rule like a built-in. Its name in rules is <see cref="Name"/>, or the method's name in
/// snake_case (<c>LiquidityScore</c> → <c>liquidity_score</c>). It takes and returns <c>double</c>, <c>decimal</c>,
/// <c>int</c>, <c>long</c>, <c>bool</c>, <c>string</c> or <c>DateTime</c> (a value type may be returned nullable: null
/// is unknown). It must be pure: the analyzer reports clocks, randomness and I/O inside it (TAO5001, TAO5002).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RuleFunctionAttribute : Attribute
{
    /// <summary>The function is called in rules by its method name in snake_case.</summary>
    public RuleFunctionAttribute()
    {
    }

    /// <summary>The function is called in rules by <paramref name="name"/> (<c>[a-z_][A-Za-z0-9_]*</c>, not a keyword).</summary>
    public RuleFunctionAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The name rules call the function by; null for the method's name in snake_case.</summary>
    public string? Name { get; }

    /// <summary>
    /// The unit of a number the function returns, as written in rules (<c>USD</c>, <c>TAO/block</c>, <c>days</c>, <c>%</c>);
    /// null for a plain number. The value returned is read in the base unit of that dimension (see docs/functions.md).
    /// </summary>
    public string? Unit { get; set; }
}
