namespace Tao.Rules.Reporting.Rendering;

/// <summary>One file of a report run, held as text (<see cref="InMemoryReportSink"/>): its path relative to the output folder, and its text.</summary>
public sealed record ReportFile(string RelativePath, string Content);
