using Sprache;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// Sequencing and mapping without per-parse allocations. Sprache's LINQ form (<c>from a in p from b in q select</c>)
/// builds its inner parsers again on every application and its <c>Select</c> allocates a parser per result; the grammar
/// runs on every token of large rule packs, so it is built from these instead, once, in static fields.
/// </summary>
internal static class SequenceCombinators
{
    public static Parser<TResult> Map<T, TResult>(this Parser<T> parser, Func<T, TResult> map) => i =>
    {
        var r = parser(i);
        return r.WasSuccessful ? Result.Success(map(r.Value), r.Remainder) : Fail<T, TResult>(r);
    };

    public static Parser<TResult> Sequence<T1, T2, TResult>(Parser<T1> p1, Parser<T2> p2, Func<T1, T2, TResult> map) => i =>
    {
        var r1 = p1(i);
        if (!r1.WasSuccessful)
        {
            return Fail<T1, TResult>(r1);
        }

        var r2 = p2(r1.Remainder);
        return r2.WasSuccessful ? Result.Success(map(r1.Value, r2.Value), r2.Remainder) : Fail<T2, TResult>(r2);
    };

    public static Parser<TResult> Sequence<T1, T2, T3, TResult>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Func<T1, T2, T3, TResult> map) => i =>
    {
        var r1 = p1(i);
        if (!r1.WasSuccessful)
        {
            return Fail<T1, TResult>(r1);
        }

        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
        {
            return Fail<T2, TResult>(r2);
        }

        var r3 = p3(r2.Remainder);
        return r3.WasSuccessful ? Result.Success(map(r1.Value, r2.Value, r3.Value), r3.Remainder) : Fail<T3, TResult>(r3);
    };

    public static Parser<TResult> Sequence<T1, T2, T3, T4, TResult>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Func<T1, T2, T3, T4, TResult> map) => i =>
    {
        var r1 = p1(i);
        if (!r1.WasSuccessful)
        {
            return Fail<T1, TResult>(r1);
        }

        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
        {
            return Fail<T2, TResult>(r2);
        }

        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
        {
            return Fail<T3, TResult>(r3);
        }

        var r4 = p4(r3.Remainder);
        return r4.WasSuccessful ? Result.Success(map(r1.Value, r2.Value, r3.Value, r4.Value), r4.Remainder) : Fail<T4, TResult>(r4);
    };

    /// <summary>Zero or more, stopping at the first failure that consumed nothing (a failure that did consume is an error).</summary>
    public static Parser<List<T>> Repeated<T>(this Parser<T> parser) => i =>
    {
        var items = new List<T>();
        var rest = i;
        while (true)
        {
            var r = parser(rest);
            if (!r.WasSuccessful)
            {
                return r.Remainder.Equals(rest) ? Result.Success(items, rest) : Fail<T, List<T>>(r);
            }

            items.Add(r.Value);
            rest = r.Remainder;
        }
    };

    /// <summary>XOptional for reference types: the value, or null when the parser failed without consuming anything.</summary>
    public static Parser<T?> Maybe<T>(this Parser<T> parser)
        where T : class => i =>
    {
        var r = parser(i);
        if (r.WasSuccessful)
        {
            return Result.Success<T?>(r.Value, r.Remainder);
        }

        return r.Remainder.Equals(i) ? Result.Success<T?>(null, i) : Fail<T, T?>(r);
    };

    /// <summary>The same failure, as a result of another type (shared per position, see <see cref="SourceInput.Failure{T}"/>).</summary>
    public static IResult<TResult> Fail<T, TResult>(IResult<T> failure) =>
        failure.Remainder is SourceInput input ? input.Failure<TResult>() : Result.Failure<TResult>(failure.Remainder, failure.Message, failure.Expectations);
}
