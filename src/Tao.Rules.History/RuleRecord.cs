namespace Tao.Rules.History;

/// <summary>A rule of a recorded pack.</summary>
public sealed record RuleRecord(string Id, RuleSeverity Severity);
