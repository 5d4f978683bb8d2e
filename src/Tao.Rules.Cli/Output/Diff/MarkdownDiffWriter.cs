using System.Text;
using Tao.Rules.Cli.Diff;
using Tao.Rules.Evaluation.Diffing;

namespace Tao.Rules.Cli.Output.Diff;

/// <summary>
/// <c>diff --format markdown</c>, ready to paste as a pull-request comment: a heading with the summary, the two sides,
/// what changed in the rules, a table of verdict flips (ready → blocked ...), and every changed rule outcome with its
/// reasons inside <c>&lt;details&gt;</c>. Text from rules and facts is escaped, so it can neither break a table nor
/// inject HTML.
/// </summary>
public static class MarkdownDiffWriter
{
    private const string Arrow = "→";

    public static void Write(TextWriter output, EvaluationDiff diff, DiffSideLabel before, DiffSideLabel after)
    {
        output.Write("### tao-rules diff: ");
        output.Write(Cell(DiffNames.Summary(diff)));
        output.Write("\n\n");
        if (!diff.IsEmpty)
        {
            var flips = DiffNames.Flips(diff, Arrow);
            output.Write(flips.Length == 0 ? "No verdict changes; rule outcomes change.\n\n" : "Verdict flips: " + Cell(flips) + ".\n\n");
        }

        output.Write("| | rules, facts and options |\n|---|---|\n");
        output.Write("| before | " + Cell(DiffNames.Side(before)) + " |\n");
        output.Write("| after | " + Cell(DiffNames.Side(after)) + " |\n");
        var packs = diff.Packs.Where(p => !p.IsEmpty).ToList();
        if (packs.Count > 0)
        {
            output.Write("\n#### Rule changes\n\n");
            foreach (var pack in packs)
            {
                output.Write("- **" + Cell(pack.Pack) + "**: " + Cell(string.Join("; ", DiffNames.PackLines(pack, Arrow))) + "\n");
            }
        }

        var flipped = diff.Changes.Where(c => c.VerdictChanged).ToList();
        if (flipped.Count > 0)
        {
            output.Write("\n#### Verdicts\n\n| pack | entity | before | after | rules |\n|---|---|---|---|---|\n");
            foreach (var change in flipped)
            {
                output.Write($"| {Cell(change.Pack)} | {Cell(change.Entity)} | {DiffNames.Of(change.Before)} | **{DiffNames.Of(change.After)}** | {Cell(string.Join(", ", change.Rules.Select(r => r.RuleId)))} |\n");
            }
        }

        if (diff.RuleChangeCount > 0)
        {
            output.Write($"\n<details><summary>{diff.RuleChangeCount} rule outcome change{(diff.RuleChangeCount == 1 ? string.Empty : "s")}, with why</summary>\n\n");
            output.Write("| pack | entity | rule | outcome | why |\n|---|---|---|---|---|\n");
            foreach (var change in diff.Changes)
            {
                foreach (var rule in change.Rules)
                {
                    var why = string.Join("<br>", rule.Reasons.Select(r => Cell(r.Describe(Arrow))));
                    output.Write($"| {Cell(change.Pack)} | {Cell(change.Entity)} | {Cell(rule.RuleId)} | {Cell(DiffNames.Outcomes(rule, Arrow))} | {why} |\n");
                }
            }

            output.Write("\n</details>\n");
        }
    }

    /// <summary>Text in a table cell: HTML and Markdown specials escaped, on one line.</summary>
    private static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '|' => builder.Append("\\|"),
                '\\' or '`' or '*' or '_' or '[' or ']' => builder.Append('\\').Append(c),
                '\r' or '\n' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
