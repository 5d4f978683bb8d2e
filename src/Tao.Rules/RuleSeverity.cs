namespace Tao.Rules;

/// <summary>How much a failing rule weighs in an entity's verdict (DESIGN.md §3).</summary>
public enum RuleSeverity
{
    Info,
    Minor,
    Major,
    Blocker,
}
