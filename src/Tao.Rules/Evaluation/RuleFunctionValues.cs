using System.Globalization;
using Tao.Rules.Facts;
using Tao.Rules.Functions;

namespace Tao.Rules.Evaluation;

/// <summary>
/// Converts between the evaluators' values and a <c>[RuleFunction]</c>'s .NET arguments and results. The interpreter
/// and compiled code both go through these methods, so they cannot disagree. Numbers and dates are doubles (NaN for
/// unknown; dates as day numbers), bools three-valued ints, strings null when unknown. A value the .NET type cannot hold
/// (2.5 for an int) is an evaluation error; a null or NaN result is unknown; an infinite one is an error.
/// </summary>
internal static class RuleFunctionValues
{
    public static int ToInt32(double value, string function, string parameter) =>
        IsWhole(value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : throw NotRepresentable(value, "an int", function, parameter);

    public static long ToInt64(double value, string function, string parameter) =>
        IsWhole(value) && value >= long.MinValue && value < 9.2233720368547758E18 ? (long)value : throw NotRepresentable(value, "a long", function, parameter);

    public static decimal ToDecimal(double value, string function, string parameter) =>
        Math.Abs(value) < 7.9E28 ? (decimal)value : throw NotRepresentable(value, "a decimal", function, parameter);

    public static DateTime ToDateTime(double day) => FactDates.FromDayNumber((int)day);

    public static bool ToBoolean(int truth) => truth == RuntimeOps.True;

    public static double FromDouble(double value, string function) =>
        double.IsInfinity(value) ? throw new RuleEvaluationException($"the function '{function}' returned an infinite number") : value;

    public static double FromNullableDouble(double? value, string function) => value is { } number ? FromDouble(number, function) : double.NaN;

    public static double FromDecimal(decimal value) => (double)value;

    public static double FromNullableDecimal(decimal? value) => value is { } number ? (double)number : double.NaN;

    public static double FromInt32(int value) => value;

    public static double FromNullableInt32(int? value) => value ?? double.NaN;

    public static double FromInt64(long value) => value;

    public static double FromNullableInt64(long? value) => value is { } number ? number : double.NaN;

    public static double FromDateTime(DateTime value) => FactDates.ToDayNumber(value);

    public static double FromNullableDateTime(DateTime? value) => value is { } date ? FactDates.ToDayNumber(date) : double.NaN;

    public static int FromBoolean(bool value) => value ? RuntimeOps.True : RuntimeOps.False;

    public static int FromNullableBoolean(bool? value) => value is { } truth ? FromBoolean(truth) : RuntimeOps.Unknown;

    /// <summary>The name of the method of this class that turns a result of <paramref name="returnType"/> into the evaluators' form; null for a string.</summary>
    public static string? ResultConverter(Type returnType)
    {
        var nullable = Nullable.GetUnderlyingType(returnType);
        var prefix = nullable is null ? "From" : "FromNullable";
        return (nullable ?? returnType).FullName switch
        {
            "System.String" => null,
            "System.Double" => prefix + "Double",
            "System.Decimal" => prefix + "Decimal",
            "System.Int32" => prefix + "Int32",
            "System.Int64" => prefix + "Int64",
            "System.DateTime" => prefix + "DateTime",
            _ => prefix + "Boolean",
        };
    }

    /// <summary>An exception the function threw, as the evaluation error the rule's outcome reports.</summary>
    public static RuleEvaluationException Failure(string function, Exception exception) =>
        new($"the function '{function}' failed: {exception.GetType().Name}: {exception.Message}");

    /// <summary>The interpreter's argument: <paramref name="value"/> (known) as the parameter's .NET type.</summary>
    public static object Argument(RuntimeValue value, RuleFunction function, RuleFunctionParameter parameter) =>
        parameter.ClrType.FullName switch
        {
            "System.Double" => value.Scalar,
            "System.Decimal" => ToDecimal(value.Scalar, function.Name, parameter.Name),
            "System.Int32" => ToInt32(value.Scalar, function.Name, parameter.Name),
            "System.Int64" => ToInt64(value.Scalar, function.Name, parameter.Name),
            "System.DateTime" => ToDateTime(value.Scalar),
            "System.Boolean" => ToBoolean(value.Truth),
            _ => value.Text!,
        };

    /// <summary>
    /// The interpreter's result: what the method returned (boxed, so a null nullable is null), through the same
    /// converters compiled code calls.
    /// </summary>
    public static RuntimeValue Result(object? result, RuleFunction function) => result switch
    {
        null => RuntimeValue.Unknown,
        string text => RuntimeValue.FromString(text),
        bool truth => RuntimeValue.FromTruth(FromBoolean(truth)),
        DateTime date => RuntimeValue.FromDay(FromDateTime(date)),
        double number => RuntimeValue.FromNumber(FromDouble(number, function.Name)),
        decimal number => RuntimeValue.FromNumber(FromDecimal(number)),
        int number => RuntimeValue.FromNumber(FromInt32(number)),
        long number => RuntimeValue.FromNumber(FromInt64(number)),
        _ => throw new RuleEvaluationException($"the function '{function.Name}' returned a {result.GetType().Name}, which rules do not know"),
    };

    private static bool IsWhole(double value) => Math.Floor(value) == value;

    private static RuleEvaluationException NotRepresentable(double value, string what, string function, string parameter) =>
        new($"'{parameter}' of '{function}' must be {what}, but is {value.ToString("R", CultureInfo.InvariantCulture)}");
}
