using System.Globalization;
using Tao.Rules.History;

namespace Tao.Rules.Cli.Output.History;

/// <summary>
/// <c>history --format table</c>: one line per change, oldest run first, with the pack version and the first 12 hex
/// digits of the pack's source digest (the JSON has all 64), then a count.
/// </summary>
public static class HistoryTableWriter
{
    /// <summary>How many hex digits of a digest a table shows: enough to tell versions apart, short enough to read.</summary>
    public const int ShortHashLength = 12;

    public static void Write(TextWriter output, HistoryTimeline timeline, string database)
    {
        if (timeline.Changes.Count == 0)
        {
            output.WriteLine($"no recorded run in {database} holds '{timeline.Entity}'.");
            return;
        }

        var table = new TextTable("RUN", "AS OF", "PACK", "VERSION", "SOURCE", "RULE", "OUTCOME", "BEFORE", "OVERRIDES");
        foreach (var change in timeline.Changes)
        {
            table.Add(
                change.Run.ToString(CultureInfo.InvariantCulture),
                change.AsOf,
                change.Pack,
                change.PackVersion ?? "-",
                change.SourceSha256[..ShortHashLength],
                change.Rule ?? "(verdict)",
                change.Value,
                change.Previous is null ? "(first)" : $"{change.Previous} (run {change.PreviousRun!.Value.ToString(CultureInfo.InvariantCulture)})",
                string.Join(", ", change.Overrides.Select(o => o.Name + "=" + o.Value)));
        }

        table.WriteTo(output);
        output.WriteLine();
        var changes = timeline.Changes.Count(c => c.Previous is not null);
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} {2}, {3} {4}.",
            timeline.Entity,
            timeline.RunCount,
            timeline.RunCount == 1 ? "run" : "runs",
            changes,
            changes == 1 ? "change" : "changes"));
    }
}
