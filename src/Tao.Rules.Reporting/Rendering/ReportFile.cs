namespace Tao.Rules.Reporting.Rendering;

/// <summary>One file of a report run, rendered in memory: its path relative to the output folder, and its text.</summary>
public sealed record ReportFile(string RelativePath, string Content);
