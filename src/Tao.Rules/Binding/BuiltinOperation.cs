namespace Tao.Rules.Binding;

/// <summary>The overload of a built-in that a call resolved to; an evaluator switches on it.</summary>
public enum BuiltinOperation
{
    /// <summary><c>has(x)</c>: true when the field or let has a value (never unknown itself).</summary>
    Has,

    /// <summary><c>count(list)</c>: the number of elements.</summary>
    CountList,

    /// <summary><c>sum(list)</c> of numbers; 0 for an empty list.</summary>
    SumList,

    /// <summary><c>min(list)</c> of numbers or dates; unknown for an empty list.</summary>
    MinList,

    /// <summary><c>max(list)</c> of numbers or dates; unknown for an empty list.</summary>
    MaxList,

    /// <summary><c>avg(list)</c> of numbers; unknown for an empty list.</summary>
    AvgList,

    /// <summary><c>min(a, b, ...)</c>: the least of two or more numbers or dates.</summary>
    MinOf,

    /// <summary><c>max(a, b, ...)</c>: the greatest of two or more numbers or dates.</summary>
    MaxOf,

    /// <summary><c>abs(n)</c>.</summary>
    Abs,

    /// <summary><c>pow(base, exponent)</c> of plain numbers.</summary>
    Pow,

    /// <summary><c>round(n)</c>: to a whole number of base units, halves away from zero.</summary>
    Round,

    /// <summary><c>round(n, digits)</c>: to <c>digits</c> decimals of the base unit, halves away from zero.</summary>
    RoundDigits,

    /// <summary><c>any(list, x =&gt; condition)</c>: Kleene or over the elements; false for an empty list.</summary>
    AnyList,

    /// <summary><c>all(list, x =&gt; condition)</c>: Kleene and over the elements; true for an empty list.</summary>
    AllList,

    /// <summary><c>days_between(a, b)</c>: days from date a to date b (b − a).</summary>
    DaysBetween,
}
