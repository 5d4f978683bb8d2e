namespace Tao.Rules;

/// <summary>The six outcomes of one rule for one entity (DESIGN.md §3). DSL spelling in comments.</summary>
public enum Outcome
{
    Pass,          // pass
    Fail,          // fail
    Unknown,       // unknown
    NotApplicable, // not_applicable
    Waived,        // waived
    Error,         // error
}
