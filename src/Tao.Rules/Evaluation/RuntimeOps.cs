using System.Runtime.CompilerServices;
using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>
/// The arithmetic both engines share, so the interpreter and compiled code cannot disagree: numbers and dates (day
/// numbers) are doubles, NaN is unknown, and a result that is not finite although its operands are known is an error.
/// Three-valued bools are ints: 0 false, 1 true, 2 unknown.
/// </summary>
internal static class RuntimeOps
{
    public const int False = 0;
    public const int True = 1;
    public const int Unknown = 2;

    // Small operations are inlined into compiled rules; only the rare non-finite path is a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Add(double left, double right)
    {
        var result = left + right;
        return double.IsFinite(result) ? result : NotFinite(left, right, "the sum is out of range");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Subtract(double left, double right)
    {
        var result = left - right;
        return double.IsFinite(result) ? result : NotFinite(left, right, "the difference is out of range");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Multiply(double left, double right)
    {
        var result = left * right;
        return double.IsFinite(result) ? result : NotFinite(left, right, "the product is out of range");
    }

    public static double Divide(double left, double right)
    {
        if (double.IsNaN(left) || double.IsNaN(right))
        {
            return double.NaN;
        }

        if (right == 0)
        {
            throw new RuleEvaluationException("division by zero");
        }

        return Checked(left / right, left, right, "the quotient is out of range");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Negate(double value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Abs(double value) => Math.Abs(value);

    public static double Pow(double value, double exponent)
    {
        // Math.Pow(NaN, 0) and Math.Pow(1, NaN) are 1, but an unknown operand must keep the result unknown.
        if (double.IsNaN(value) || double.IsNaN(exponent))
        {
            return double.NaN;
        }

        return Checked(Math.Pow(value, exponent), value, exponent, "the power is undefined or out of range (a negative base with a fractional exponent, or zero to a negative power)");
    }

    public static double Round(double value) => Math.Round(value, MidpointRounding.AwayFromZero);

    public static double RoundDigits(double value, double digits)
    {
        if (double.IsNaN(value) || double.IsNaN(digits))
        {
            return double.NaN;
        }

        if (digits < 0 || digits > 15 || Math.Floor(digits) != digits)
        {
            throw new RuleEvaluationException($"round() takes 0 to 15 digits, not {digits.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return Math.Round(value, (int)digits, MidpointRounding.AwayFromZero);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Min(double left, double right) => double.IsNaN(left) || double.IsNaN(right) ? double.NaN : (right < left ? right : left);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Max(double left, double right) => double.IsNaN(left) || double.IsNaN(right) ? double.NaN : (right > left ? right : left);

    /// <summary>A date (day number) moved by whole days; a fraction of a day is dropped.</summary>
    public static double AddDays(double day, double days)
    {
        if (double.IsNaN(day) || double.IsNaN(days))
        {
            return double.NaN;
        }

        var result = day + Math.Truncate(days);
        if (result < MinDay || result > MaxDay)
        {
            throw new RuleEvaluationException("the date is out of range");
        }

        return result;
    }

    /// <summary>A date moved by whole calendar months: 2026-01-31 + 1 month is 2026-02-28.</summary>
    public static double AddMonths(double day, double months)
    {
        if (double.IsNaN(day) || double.IsNaN(months))
        {
            return double.NaN;
        }

        var whole = Math.Truncate(months);
        if (Math.Abs(whole) > 120000)
        {
            throw new RuleEvaluationException("the date is out of range");
        }

        try
        {
            return FactDates.ToDayNumber(FactDates.FromDayNumber((int)day).AddMonths((int)whole));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new RuleEvaluationException("the date is out of range");
        }
    }

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> (to − from).</summary>
    public static double DaysBetween(double to, double from) => to - from;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Not(int value) => value == Unknown ? Unknown : 1 - value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(double left, double right, int op)
    {
        if (double.IsNaN(left) || double.IsNaN(right))
        {
            return Unknown;
        }

        return Holds(left.CompareTo(right), op) ? True : False;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareText(string? left, string? right, int op)
    {
        if (left is null || right is null)
        {
            return Unknown;
        }

        return Holds(string.CompareOrdinal(left, right), op) ? True : False;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareTruth(int left, int right, int op)
    {
        if (left == Unknown || right == Unknown)
        {
            return Unknown;
        }

        return Holds(left.CompareTo(right), op) ? True : False;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Between(double value, double lower, double upper)
    {
        if (double.IsNaN(value) || double.IsNaN(lower) || double.IsNaN(upper))
        {
            return Unknown;
        }

        return lower <= value && value <= upper ? True : False;
    }

    public static int InNumbers(double value, double[] items, bool negated)
    {
        if (double.IsNaN(value))
        {
            return Unknown;
        }

        var found = Array.IndexOf(items, value) >= 0;
        return found != negated ? True : False;
    }

    public static int InTexts(string? value, string[] items, bool negated)
    {
        if (value is null)
        {
            return Unknown;
        }

        var found = false;
        foreach (var item in items)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                found = true;
                break;
            }
        }

        return found != negated ? True : False;
    }

    /// <summary>Operator codes: the order of <see cref="Binding.BoundBinaryOperatorKind"/> from Equal on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(int order, int op) => op switch
    {
        0 => order == 0,
        1 => order != 0,
        2 => order < 0,
        3 => order <= 0,
        4 => order > 0,
        _ => order >= 0,
    };

    private static readonly double MinDay = 0;
    private static readonly double MaxDay = FactDates.ToDayNumber(DateTime.MaxValue);

    /// <summary>A result that is not finite: unknown when an operand was, otherwise an overflow error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NotFinite(double left, double right, string message) =>
        double.IsNaN(left) || double.IsNaN(right) ? double.NaN : throw new RuleEvaluationException(message);

    private static double Checked(double result, double left, double right, string message) =>
        double.IsFinite(result) ? result : NotFinite(left, right, message);
}
