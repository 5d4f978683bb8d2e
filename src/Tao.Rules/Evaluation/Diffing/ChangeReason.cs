namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// One thing that differs between the two sides and that a changed rule outcome depends on: a param
/// (<c>min_handlers: 3 → 4</c>), a fact (<c>asset.domestic_handler_count: 3 → 2</c>), a clause of the rule, and so on.
/// </summary>
/// <param name="Kind">What kind of thing changed.</param>
/// <param name="Subject">What changed: the param or let name, the fact (<c>asset.market_cap</c>), the clause (<c>require</c>); empty when the kind says it all.</param>
/// <param name="Before">The value or text before; null when it did not exist.</param>
/// <param name="After">The value or text after; null when it does not exist.</param>
public sealed record ChangeReason(ChangeReasonKind Kind, string Subject, string? Before, string? After)
{
    /// <summary>The kind as output spells it (<c>rule-text</c>, <c>param</c>, <c>as-of</c>).</summary>
    public string KindText => KindName(Kind);

    /// <summary>The spelling of a kind in output (stable: the JSON output uses it).</summary>
    public static string KindName(ChangeReasonKind kind) => kind switch
    {
        ChangeReasonKind.PackAdded => "pack-added",
        ChangeReasonKind.PackRemoved => "pack-removed",
        ChangeReasonKind.EntityAdded => "entity-added",
        ChangeReasonKind.EntityRemoved => "entity-removed",
        ChangeReasonKind.RuleAdded => "rule-added",
        ChangeReasonKind.RuleRemoved => "rule-removed",
        ChangeReasonKind.RuleText => "rule-text",
        ChangeReasonKind.Let => "let",
        ChangeReasonKind.Param => "param",
        ChangeReasonKind.Fact => "fact",
        ChangeReasonKind.AsOf => "as-of",
        ChangeReasonKind.Waiver => "waiver",
        ChangeReasonKind.Population => "population",
        _ => "unexplained",
    };

    /// <summary><c>param min_handlers: 3 -> 4</c>; <c>rule added</c>.</summary>
    public override string ToString() => Describe("->");

    /// <summary>As <see cref="ToString"/>, with <paramref name="arrow"/> between the before and after values (<c>→</c> in Markdown).</summary>
    public string Describe(string arrow)
    {
        var head = Kind switch
        {
            ChangeReasonKind.PackAdded => "pack added",
            ChangeReasonKind.PackRemoved => "pack removed",
            ChangeReasonKind.EntityAdded => "entity added",
            ChangeReasonKind.EntityRemoved => "entity removed",
            ChangeReasonKind.RuleAdded => "rule added",
            ChangeReasonKind.RuleRemoved => "rule removed",
            ChangeReasonKind.RuleText => "rule " + Subject,
            ChangeReasonKind.AsOf => "as_of",
            ChangeReasonKind.Population => "population",
            ChangeReasonKind.Unexplained => "unexplained",
            _ => KindText + " " + Subject,
        };
        return Before is null && After is null ? head : $"{head}: {Before ?? "(none)"} {arrow} {After ?? "(none)"}";
    }
}
