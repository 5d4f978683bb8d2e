namespace Tao.Rules.Binding;

/// <summary>
/// What a binary operator does once its operand types are known. Numbers are in base units, so no operand needs a
/// scale conversion: <c>1 weeks == 7 days</c> compares 7 with 7.
/// </summary>
public enum BoundBinaryOperatorKind
{
    /// <summary>Kleene <c>and</c> on Bool.</summary>
    And,

    /// <summary>Kleene <c>or</c> on Bool.</summary>
    Or,

    /// <summary>Number + Number.</summary>
    Add,

    /// <summary>Number - Number.</summary>
    Subtract,

    /// <summary>Number * Number; the unit is the product of the units.</summary>
    Multiply,

    /// <summary>Number / Number; division by zero is an evaluation error.</summary>
    Divide,

    /// <summary>Date + a day duration (days, weeks): <c>date.AddDays(right)</c>. The left operand is always the date.</summary>
    AddDays,

    /// <summary>Date - a day duration.</summary>
    SubtractDays,

    /// <summary>Date + a month duration (months, years) in months: calendar-aware <c>date.AddMonths(right)</c>.</summary>
    AddMonths,

    /// <summary>Date - a month duration in months.</summary>
    SubtractMonths,

    /// <summary>Date - Date: the number of days from the right date to the left one.</summary>
    DaysBetween,

    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

public enum BoundUnaryOperatorKind
{
    /// <summary>Kleene <c>not</c>.</summary>
    Not,

    /// <summary>Numeric negation.</summary>
    Negate,
}

/// <summary>The population aggregates: computed once per evaluation over every entity of the pack's kind.</summary>
public enum AggregateKind
{
    Sum,
    Min,
    Max,
    Avg,
    Count,

    /// <summary>1 + the number of members whose selector is greater than the value (1 = highest).</summary>
    Rank,
}
