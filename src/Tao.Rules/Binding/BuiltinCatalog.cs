namespace Tao.Rules.Binding;

/// <summary>Every built-in function with its signatures: the one table the binder, the docs and the analyzer read.</summary>
public static class BuiltinCatalog
{
    public static BuiltinFunction Has { get; } = new("has", 1, 1, ["has(field or let) → Bool"], "True when the fact (or derived value) is present; never unknown.", false);

    public static BuiltinFunction Count { get; } = new("count", 1, 1, ["count(list) → Number", "count(all SELECTOR where FILTER) → Number"], "How many elements a list has, or how many members of the population are selected.", true);

    public static BuiltinFunction Sum { get; } = new("sum", 1, 1, ["sum(list of Number) → Number", "sum(all SELECTOR where FILTER) → Number"], "The total, in the unit of the elements; 0 when there are none.", true);

    public static BuiltinFunction Min { get; } = new("min", 1, null, ["min(list) → element", "min(all SELECTOR where FILTER) → element", "min(a, b, ...) → Number or Date"], "The least number or date.", true);

    public static BuiltinFunction Max { get; } = new("max", 1, null, ["max(list) → element", "max(all SELECTOR where FILTER) → element", "max(a, b, ...) → Number or Date"], "The greatest number or date.", true);

    public static BuiltinFunction Avg { get; } = new("avg", 1, 1, ["avg(list of Number) → Number", "avg(all SELECTOR where FILTER) → Number"], "The arithmetic mean, in the unit of the elements.", true);

    public static BuiltinFunction Abs { get; } = new("abs", 1, 1, ["abs(n) → Number"], "The absolute value, in the unit of n.", false);

    public static BuiltinFunction Pow { get; } = new("pow", 2, 2, ["pow(base, exponent) → Number"], "The base raised to the exponent; both plain numbers (or %, bps, x).", false);

    public static BuiltinFunction Round { get; } = new("round", 1, 2, ["round(n) → Number", "round(n, digits) → Number"], "Rounds half away from zero, to a whole number or to 'digits' decimals (of the base unit).", false);

    public static BuiltinFunction Any { get; } = new("any", 2, 2, ["any(list, x => condition) → Bool"], "True when the condition holds for at least one element.", false);

    public static BuiltinFunction All { get; } = new("all", 2, 2, ["all(list, x => condition) → Bool"], "True when the condition holds for every element.", false);

    public static BuiltinFunction Rank { get; } = new("rank", 1, 2, ["rank(all SELECTOR where FILTER) → Number", "rank(all SELECTOR where FILTER, value) → Number"], "The position of the value (by default the selector of the entity being evaluated) among the selected values: 1 is the highest.", true);

    public static BuiltinFunction DaysBetween { get; } = new("days_between", 2, 2, ["days_between(from, to) → Number (days)"], "The number of days from one date to another (to − from).", false);

    /// <summary>Every built-in, in name order (ordinal).</summary>
    public static IReadOnlyList<BuiltinFunction> Functions { get; } =
        new[] { Has, Count, Sum, Min, Max, Avg, Abs, Pow, Round, Any, All, Rank, DaysBetween }.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, BuiltinFunction> ByName = Functions.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryGet(string name, out BuiltinFunction function) => ByName.TryGetValue(name, out function!);
}
