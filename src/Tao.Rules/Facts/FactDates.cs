using System.Globalization;

namespace Tao.Rules.Facts;

/// <summary>
/// Dates in fact columns are day numbers: whole days since 0001-01-01 (the same count as .NET's <c>DateOnly.DayNumber</c>),
/// so that the evaluator compares and subtracts dates as plain integers.
/// </summary>
public static class FactDates
{
    /// <summary>The day number of a date (its time of day is ignored).</summary>
    public static int ToDayNumber(DateTime date) => (int)(date.Date.Ticks / TimeSpan.TicksPerDay);

    /// <summary>The date of a day number.</summary>
    public static DateTime FromDayNumber(int dayNumber) => new(dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    /// <summary>Parses an ISO calendar date <c>YYYY-MM-DD</c> exactly, in any culture; <c>2026-02-30</c> is rejected.</summary>
    public static bool TryParse(string text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The ISO form <c>YYYY-MM-DD</c> of a date.</summary>
    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
