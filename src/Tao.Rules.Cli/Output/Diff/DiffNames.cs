using Tao.Rules.Cli.Diff;
using Tao.Rules.Cli.Output.Evaluation;
using Tao.Rules.Evaluation;
using Tao.Rules.Evaluation.Diffing;

namespace Tao.Rules.Cli.Output.Diff;

/// <summary>How every diff format spells a side that does not exist, an outcome or verdict pair, and a change's rules.</summary>
internal static class DiffNames
{
    /// <summary>A pack, entity or rule that does not exist on a side.</summary>
    public const string Absent = "(none)";

    public static string Of(Outcome? outcome) => outcome is { } o ? OutputNames.Of(o) : Absent;

    public static string Of(Verdict? verdict) => verdict is { } v ? OutputNames.Of(v) : Absent;

    public static string Of(RuleSeverity? severity) => severity is { } s ? OutputNames.Of(s) : Absent;

    /// <summary><c>pass -> fail</c>; a severity change is added when there is one (<c>fail -> fail (major -> blocker)</c>).</summary>
    public static string Outcomes(RuleChange change, string arrow)
    {
        var text = $"{Of(change.Before)} {arrow} {Of(change.After)}";
        return change.SeverityBefore is { } before && change.SeverityAfter is { } after && before != after
            ? $"{text} ({OutputNames.Of(before)} {arrow} {OutputNames.Of(after)})"
            : text;
    }

    /// <summary>The summary sentence every format starts with.</summary>
    public static string Summary(EvaluationDiff diff) => diff.IsEmpty
        ? $"no change: none of the {diff.EntityCount} entities changes verdict or rule outcome"
        : $"{diff.ChangedEntityCount} of {diff.EntityCount} entities change ({Plural(diff.Changes.Count(c => c.VerdictChanged), "verdict")}, {Plural(diff.RuleChangeCount, "rule outcome")}); {diff.UnchangedEntityCount} unchanged";

    /// <summary><c>2 ready -> at-risk, 1 at-risk -> blocked</c>.</summary>
    public static string Flips(EvaluationDiff diff, string arrow) =>
        string.Join(", ", diff.VerdictFlips().Select(f => $"{f.Count} {Of(f.Before)} {arrow} {Of(f.After)}"));

    /// <summary>What differs in a pack's rules, one line each: <c>param min_handlers: 3 -> 4</c>, <c>rules added: X-01</c>.</summary>
    public static IEnumerable<string> PackLines(PackChange pack, string arrow)
    {
        if (!pack.ExistsBefore)
        {
            yield return "pack added";
        }

        if (!pack.ExistsAfter)
        {
            yield return "pack removed";
        }

        if (pack.ExistsBefore && pack.ExistsAfter && !string.Equals(pack.VersionBefore, pack.VersionAfter, StringComparison.Ordinal))
        {
            yield return $"version: {pack.VersionBefore ?? Absent} {arrow} {pack.VersionAfter ?? Absent}";
        }

        foreach (var (label, ids) in new[] { ("rules added", pack.RulesAdded), ("rules removed", pack.RulesRemoved), ("rules changed", pack.RulesChanged) })
        {
            if (ids.Count > 0)
            {
                yield return label + ": " + string.Join(", ", ids);
            }
        }

        foreach (var reason in pack.Params.Concat(pack.Lets))
        {
            yield return reason.Describe(arrow);
        }
    }

    public static string Side(DiffSideLabel side)
    {
        var parts = new List<string> { "rules " + string.Join(", ", side.Rules), "facts " + side.Facts };
        if (side.AsOf is { } asOf)
        {
            parts.Add("as_of " + Tao.Rules.Facts.FactDates.Format(asOf));
        }

        if (side.Params.Count > 0)
        {
            parts.Add("params " + string.Join(", ", side.Params));
        }

        if (side.Waivers is not null)
        {
            parts.Add("waivers " + side.Waivers);
        }

        return string.Join("; ", parts);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
