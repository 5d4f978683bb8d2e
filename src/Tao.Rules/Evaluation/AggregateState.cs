using System.Globalization;
using Tao.Rules.Binding;

namespace Tao.Rules.Evaluation;

/// <summary>
/// The value of one population aggregate in one run, computed once over every member (every entity of the table). A
/// selected member whose value is unknown makes the aggregate unknown (filter it out with <c>where has(...)</c> to
/// aggregate the rest); a member whose filter is not true is left out; an error in any member is the aggregate's error.
/// </summary>
internal sealed class AggregateState
{
    private const int MissingKeysShown = 5;

    private AggregateState(RuntimeValue value, double[]? ascending, string? missing)
    {
        Value = value;
        Ascending = ascending;
        Missing = missing;
    }

    /// <summary>The aggregate's value (for rank: a known marker, the ranked values are in <see cref="Ascending"/>).</summary>
    public RuntimeValue Value { get; }

    /// <summary>For rank: the selected values, ascending.</summary>
    public double[]? Ascending { get; }

    /// <summary>When unknown: which facts are missing, in words (<c>subnet.ema_tao_flow of subnet 7, 12</c>).</summary>
    public string? Missing { get; }

    public RuntimeValue Read() => EvaluationRun.Checked(Value);

    /// <summary>1 + the number of selected values greater than <paramref name="value"/>; NaN when unknown.</summary>
    public double Rank(double value)
    {
        var state = Read();
        if (state.IsUnknown || double.IsNaN(value))
        {
            return double.NaN;
        }

        var values = Ascending!;
        int low = 0, high = values.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (values[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return 1 + (values.Length - low);
    }

    public static AggregateState Compute(
        EvaluationRun run,
        BoundPopulationAggregate aggregate,
        Func<EvaluationRun, int, RuntimeValue> selector,
        Func<EvaluationRun, int, int>? filter)
    {
        var countsMembers = aggregate.Selector is BoundEntityReference;
        var isDate = aggregate.Selector.Type.Kind == TypeKind.Date;
        var values = new List<double>(run.RowCount);
        List<string>? missingKeys = null;
        var missingCount = 0;
        try
        {
            for (var row = 0; row < run.RowCount; row++)
            {
                if (filter is not null && filter(run, row) != RuntimeOps.True)
                {
                    continue;
                }

                if (countsMembers)
                {
                    values.Add(1);
                    continue;
                }

                var value = EvaluationRun.Checked(selector(run, row));
                if (value.IsUnknown)
                {
                    missingCount++;
                    if (missingCount <= MissingKeysShown)
                    {
                        (missingKeys ??= []).Add(run.Facts.GetKey(row));
                    }

                    continue;
                }

                values.Add(value.Scalar);
            }
        }
        catch (RuleEvaluationException error)
        {
            return new AggregateState(RuntimeValue.FromError($"{aggregate.Syntax.Span}: {error.Message}"), null, null);
        }

        var text = aggregate.Syntax.Span.ToString();
        if (missingCount > 0)
        {
            var more = missingCount > MissingKeysShown ? $" and {(missingCount - MissingKeysShown).ToString(CultureInfo.InvariantCulture)} more" : string.Empty;
            var selected = aggregate.Selector.Syntax.Span.ToString();
            return Unknown($"{selected} of {run.Pack.Kind} {string.Join(", ", missingKeys!)}{more} (needed by {text})");
        }

        try
        {
            switch (aggregate.Aggregate)
            {
                case AggregateKind.Count:
                    return Known(RuntimeValue.FromNumber(values.Count));
                case AggregateKind.Sum:
                    var sum = 0.0;
                    foreach (var value in values)
                    {
                        sum = RuntimeOps.Add(sum, value);
                    }

                    return Known(RuntimeValue.FromNumber(sum));
                case AggregateKind.Avg:
                    if (values.Count == 0)
                    {
                        return Unknown($"no {run.Pack.Kind} is selected by {text}");
                    }

                    var total = 0.0;
                    foreach (var value in values)
                    {
                        total = RuntimeOps.Add(total, value);
                    }

                    return Known(RuntimeValue.FromNumber(total / values.Count));
                case AggregateKind.Min:
                case AggregateKind.Max:
                    if (values.Count == 0)
                    {
                        return Unknown($"no {run.Pack.Kind} is selected by {text}");
                    }

                    var best = values[0];
                    foreach (var value in values)
                    {
                        best = aggregate.Aggregate == AggregateKind.Min ? RuntimeOps.Min(best, value) : RuntimeOps.Max(best, value);
                    }

                    return Known(isDate ? RuntimeValue.FromDay(best) : RuntimeValue.FromNumber(best));
                default:
                    var ascending = values.ToArray();
                    Array.Sort(ascending);
                    return new AggregateState(RuntimeValue.True, ascending, null);
            }
        }
        catch (RuleEvaluationException error)
        {
            return new AggregateState(RuntimeValue.FromError($"{text}: {error.Message}"), null, null);
        }
    }

    private static AggregateState Known(RuntimeValue value) => new(value, null, null);

    private static AggregateState Unknown(string missing) => new(RuntimeValue.Unknown, null, missing);
}
