namespace Tao.Rules.Evaluation.Diffing;

/// <summary>
/// What differs in one pack's rules between the two sides, whatever the facts: rules added, removed or changed, and
/// params whose value differs. Lists are ordered by name (ordinal).
/// </summary>
public sealed record PackChange(
    string Pack,
    string? VersionBefore,
    string? VersionAfter,
    bool ExistsBefore,
    bool ExistsAfter,
    IReadOnlyList<string> RulesAdded,
    IReadOnlyList<string> RulesRemoved,
    IReadOnlyList<string> RulesChanged,
    IReadOnlyList<ChangeReason> Params,
    IReadOnlyList<ChangeReason> Lets)
{
    /// <summary>True when nothing in the pack's rules, lets or params differs.</summary>
    public bool IsEmpty =>
        ExistsBefore && ExistsAfter && RulesAdded.Count == 0 && RulesRemoved.Count == 0 && RulesChanged.Count == 0 && Params.Count == 0 && Lets.Count == 0;
}
