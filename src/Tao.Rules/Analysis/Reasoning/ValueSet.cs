namespace Tao.Rules.Analysis.Reasoning;

/// <summary>
/// The values a subject (a number, date or text expression) may take under some conditions. Sets are immutable; an
/// empty set means the conditions cannot all hold.
/// </summary>
internal abstract class ValueSet
{
    public abstract bool IsEmpty { get; }

    /// <summary>The values in both sets; null when the sets are of different kinds (never for one subject).</summary>
    public abstract ValueSet? Intersect(ValueSet other);

    public abstract ValueSet Complement();
}

/// <summary>One interval of a <see cref="NumberSet"/>; infinite ends are open.</summary>
internal readonly record struct Interval(double Low, bool LowClosed, double High, bool HighClosed)
{
    public bool IsEmpty => Low > High || (Low == High && !(LowClosed && HighClosed));
}

/// <summary>A union of disjoint intervals of the real line (dates as day numbers), in increasing order.</summary>
internal sealed class NumberSet : ValueSet
{
    private NumberSet(IReadOnlyList<Interval> intervals) => Intervals = intervals;

    public static NumberSet All { get; } = new([new Interval(double.NegativeInfinity, false, double.PositiveInfinity, false)]);

    public IReadOnlyList<Interval> Intervals { get; }

    public override bool IsEmpty => Intervals.Count == 0;

    public static NumberSet Of(Interval interval) => new(interval.IsEmpty ? [] : [interval]);

    public static NumberSet Point(double value) => Of(new Interval(value, true, value, true));

    public static NumberSet Below(double value, bool closed) => Of(new Interval(double.NegativeInfinity, false, value, closed));

    public static NumberSet Above(double value, bool closed) => Of(new Interval(value, closed, double.PositiveInfinity, false));

    /// <summary>The union of single values (<c>x in [1, 2, 3]</c>).</summary>
    public static NumberSet Points(IEnumerable<double> values) =>
        new(values.Distinct().OrderBy(v => v).Select(v => new Interval(v, true, v, true)).ToList());

    public override ValueSet? Intersect(ValueSet other)
    {
        if (other is not NumberSet numbers)
        {
            return null;
        }

        var result = new List<Interval>();
        foreach (var a in Intervals)
        {
            foreach (var b in numbers.Intervals)
            {
                var (low, lowClosed) = a.Low > b.Low ? (a.Low, a.LowClosed) : a.Low < b.Low ? (b.Low, b.LowClosed) : (a.Low, a.LowClosed && b.LowClosed);
                var (high, highClosed) = a.High < b.High ? (a.High, a.HighClosed) : a.High > b.High ? (b.High, b.HighClosed) : (a.High, a.HighClosed && b.HighClosed);
                var overlap = new Interval(low, lowClosed, high, highClosed);
                if (!overlap.IsEmpty)
                {
                    result.Add(overlap);
                }
            }
        }

        result.Sort((x, y) => x.Low.CompareTo(y.Low));
        return new NumberSet(result);
    }

    public override ValueSet Complement()
    {
        var result = new List<Interval>();
        var low = double.NegativeInfinity;
        var lowClosed = false;
        foreach (var interval in Intervals)
        {
            var gap = new Interval(low, lowClosed, interval.Low, !interval.LowClosed && !double.IsInfinity(interval.Low));
            if (!gap.IsEmpty && !(double.IsNegativeInfinity(gap.High) && !gap.HighClosed))
            {
                result.Add(gap);
            }

            low = interval.High;
            lowClosed = !interval.HighClosed && !double.IsInfinity(interval.High);
        }

        var last = new Interval(low, lowClosed, double.PositiveInfinity, false);
        if (!last.IsEmpty && !double.IsPositiveInfinity(low))
        {
            result.Add(last);
        }

        return new NumberSet(result);
    }
}

/// <summary>A set of texts (strings and enum values): either the listed values, or every value but the listed ones.</summary>
internal sealed class TextSet : ValueSet
{
    private TextSet(bool isFinite, IReadOnlyCollection<string> values)
    {
        IsFinite = isFinite;
        Values = values;
    }

    public static TextSet All { get; } = new(false, []);

    /// <summary>True: the set is <see cref="Values"/>; false: every text except <see cref="Values"/>.</summary>
    public bool IsFinite { get; }

    public IReadOnlyCollection<string> Values { get; }

    public override bool IsEmpty => IsFinite && Values.Count == 0;

    public static TextSet Only(IEnumerable<string> values) => new(true, new HashSet<string>(values, StringComparer.Ordinal));

    public static TextSet Except(IEnumerable<string> values) => new(false, new HashSet<string>(values, StringComparer.Ordinal));

    public override ValueSet? Intersect(ValueSet other)
    {
        if (other is not TextSet texts)
        {
            return null;
        }

        return (IsFinite, texts.IsFinite) switch
        {
            (true, true) => Only(Values.Where(texts.Values.Contains)),
            (true, false) => Only(Values.Where(v => !texts.Values.Contains(v))),
            (false, true) => Only(texts.Values.Where(v => !Values.Contains(v))),
            _ => Except(Values.Concat(texts.Values)),
        };
    }

    public override ValueSet Complement() => new TextSet(!IsFinite, Values);
}
