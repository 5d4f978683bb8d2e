using System.Globalization;

namespace Tao.Rules.Analysis;

/// <summary>
/// Settings of the hygiene checks that a host may change: the CLI from <c>check --cost-budget N</c>, the Roslyn
/// analyzer from <c>.globalconfig</c> keys (see <see cref="FromConfiguration"/>).
/// </summary>
public sealed class LintOptions
{
    /// <summary>The configuration key of <see cref="CostBudget"/>.</summary>
    public const string CostBudgetKey = "tao_rules.cost_budget";

    /// <summary>The configuration key of <see cref="AssumedPopulationSize"/>.</summary>
    public const string AssumedPopulationKey = "tao_rules.assumed_population";

    /// <summary>The configuration key of <see cref="AssumedListLength"/>.</summary>
    public const string AssumedListLengthKey = "tao_rules.assumed_list_length";

    /// <summary>No cost budget; a population of 1,000 and lists of 10 for cost estimates.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>TAO4012 is reported for a rule whose estimated cost exceeds this; null (the default) checks no budget.</summary>
    public double? CostBudget { get; init; }

    /// <summary>How many entities a population aggregate (<c>sum(all …)</c>, <c>rank(…)</c>) is assumed to visit.</summary>
    public int AssumedPopulationSize { get; init; } = 1000;

    /// <summary>How many elements a list field or list param is assumed to hold (for <c>any</c>, <c>all</c>, <c>in</c>, <c>count</c>…).</summary>
    public int AssumedListLength { get; init; } = 10;

    /// <summary>
    /// Options from configuration keys (<see cref="CostBudgetKey"/>, <see cref="AssumedPopulationKey"/>,
    /// <see cref="AssumedListLengthKey"/>), read through <paramref name="lookup"/> (null for an absent key). A value that
    /// is not a positive number is left at its default and described in <paramref name="problems"/>.
    /// </summary>
    public static LintOptions FromConfiguration(Func<string, string?> lookup, ICollection<string>? problems = null)
    {
        var budget = Read(lookup, CostBudgetKey, problems);
        var population = Read(lookup, AssumedPopulationKey, problems);
        var list = Read(lookup, AssumedListLengthKey, problems);
        return new LintOptions
        {
            CostBudget = budget,
            AssumedPopulationSize = population is { } p ? (int)Math.Min(p, int.MaxValue) : Default.AssumedPopulationSize,
            AssumedListLength = list is { } l ? (int)Math.Min(l, int.MaxValue) : Default.AssumedListLength,
        };
    }

    private static double? Read(Func<string, string?> lookup, string key, ICollection<string>? problems)
    {
        var text = lookup(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && !double.IsInfinity(value))
        {
            return value;
        }

        problems?.Add($"'{key} = {text}' is not a positive number; the default is used");
        return null;
    }
}
