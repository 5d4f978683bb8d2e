namespace Tao.Rules.Cli.Commands;

/// <summary>The command line of <c>history</c>, parsed.</summary>
public sealed record HistoryArguments(string Database, string Entity, string? Rule, string? Pack, string Format);
