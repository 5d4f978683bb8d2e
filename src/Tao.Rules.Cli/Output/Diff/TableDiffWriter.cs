using Tao.Rules.Cli.Diff;
using Tao.Rules.Evaluation.Diffing;

namespace Tao.Rules.Cli.Output.Diff;

/// <summary>
/// <c>diff --format table</c>: the summary, both sides, what changed in each pack's rules, then one row per changed
/// verdict and one per changed rule outcome with its reasons. Plain text (<see cref="TextTable"/>), ASCII arrows.
/// </summary>
public static class TableDiffWriter
{
    private const string Arrow = "->";

    public static void Write(TextWriter output, EvaluationDiff diff, DiffSideLabel before, DiffSideLabel after)
    {
        output.WriteLine("diff: " + DiffNames.Summary(diff));
        output.WriteLine("before: " + DiffNames.Side(before));
        output.WriteLine("after:  " + DiffNames.Side(after));
        foreach (var pack in diff.Packs.Where(p => !p.IsEmpty))
        {
            output.WriteLine();
            output.WriteLine($"pack {pack.Pack}:");
            foreach (var line in DiffNames.PackLines(pack, Arrow))
            {
                output.WriteLine("  " + line);
            }
        }

        if (diff.IsEmpty)
        {
            return;
        }

        var verdicts = new TextTable("pack", "entity", "verdict");
        foreach (var change in diff.Changes.Where(c => c.VerdictChanged))
        {
            verdicts.Add(change.Pack, change.Entity, $"{DiffNames.Of(change.Before)} {Arrow} {DiffNames.Of(change.After)}");
        }

        if (verdicts.RowCount > 0)
        {
            output.WriteLine();
            verdicts.WriteTo(output);
        }

        var rules = new TextTable("pack", "entity", "rule", "outcome", "why");
        foreach (var change in diff.Changes)
        {
            foreach (var rule in change.Rules)
            {
                rules.Add(change.Pack, change.Entity, rule.RuleId, DiffNames.Outcomes(rule, Arrow), string.Join("; ", rule.Reasons.Select(r => r.Describe(Arrow))));
            }
        }

        if (rules.RowCount > 0)
        {
            output.WriteLine();
            rules.WriteTo(output);
        }
    }
}
