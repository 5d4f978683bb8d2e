using System.Globalization;
using Tao.Rules.Reporting.Model;

namespace Tao.Rules.Cli.Output;

/// <summary>What <c>report</c> prints when done: the verdict counts per pack, and the page to open.</summary>
public static class ReportSummary
{
    public static void Write(TextWriter output, RunReport report, string indexPath)
    {
        var table = new TextTable("package", "version", "kind", "entities", "ready", "needs-evidence", "at-risk", "blocked");
        foreach (var pack in report.Packs)
        {
            var counts = pack.VerdictCounts;
            table.Add(pack.Id, pack.Version ?? "-", pack.EntityKind, Number(counts.Total), Number(counts.Ready), Number(counts.NeedsEvidence), Number(counts.AtRisk), Number(counts.Blocked));
        }

        output.WriteLine("as of " + report.AsOf);
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine("Open " + indexPath);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
