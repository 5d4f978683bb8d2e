using Tao.Rules.Binding;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Model;

/// <summary>Builds the report of one pack from its evaluation: every entity, every rule, with explanations and evidence.</summary>
public static class PackReportBuilder
{
    /// <summary>The report of <paramref name="result"/>, entities in fact-file order and rules in declaration order.</summary>
    public static PackReport Build(EvaluationResult result)
    {
        var package = result.Pack.Package;
        var text = package.Tree.Text.Origin ?? package.Tree.Text;
        var rules = result.Rules.Select(Describe).ToArray();
        var lets = package.Lets.OrderBy(l => l.Syntax.Span.Start).ToArray();
        var entities = new EntityReport[result.EntityCount];
        // Explanations re-run each rule in trace mode: the costly part of a large report, and independent per entity.
        Parallel.For(0, entities.Length, row => entities[row] = BuildEntity(result, rules, lets, row));
        rules = rules.Select(rule => rule with { Counts = OutcomeCounts.Of(entities.Select(e => e.Outcomes[rule.Index].Outcome)) }).ToArray();

        return new PackReport(
            package.Name,
            package.Title,
            package.Version,
            package.Jurisdiction,
            result.Pack.Kind,
            text.Path,
            ContentHash.Of(text.Content),
            FactDates.Format(result.AsOf),
            result.Facts.Path,
            result.Facts.Source,
            result.Facts.AsOf is { } factsAsOf ? FactDates.Format(factsAsOf) : null,
            rules,
            entities,
            result.Notes.Select(n => n.Message).ToArray());
    }

    private static RuleInfo Describe(BoundRule rule) =>
        new(rule.Id, rule.Title, SeverityText(rule.Severity), rule.Cite, rule.Tags.ToArray(), rule.Index);

    private static EntityReport BuildEntity(EvaluationResult result, RuleInfo[] rules, BoundLet[] lets, int row)
    {
        var outcomes = new OutcomeReport[rules.Length];
        for (var rule = 0; rule < rules.Length; rule++)
        {
            outcomes[rule] = BuildOutcome(result, rules[rule], row);
        }

        var derived = lets.Select(let => result.GetDerived(row, let))
            .Select(d => new DerivedReport(d.Name, d.Text, d.Value as double?, d.Unit))
            .ToArray();
        return new EntityReport(
            result.Facts.GetKey(row),
            NameOf(result.Facts, row),
            EvaluationResult.VerdictText(result.GetVerdict(row)),
            outcomes,
            derived,
            row);
    }

    private static OutcomeReport BuildOutcome(EvaluationResult result, RuleInfo rule, int row)
    {
        var outcome = result.GetOutcome(row, rule.Index);
        var explained = outcome is Outcome.Fail or Outcome.Unknown or Outcome.Error or Outcome.Waived;
        var explanation = result.Explain(row, rule.Index, withTexts: explained);
        var waiver = outcome == Outcome.Waived ? result.GetResult(row, rule.Index, withExplanation: false).Waiver : null;
        return new OutcomeReport(
            rule.Id,
            rule.Title,
            EvaluationResult.OutcomeText(outcome),
            rule.Severity,
            rule.Citation,
            explanation.Summary,
            explained ? explanation.Because : null,
            explained ? explanation.Remedy : null,
            explanation.Comparisons.Select(c => new ComparisonReport(c.Clause, c.Expression, c.Operator, c.Actual, c.Threshold, c.Result, c.ToString())).ToArray(),
            Evidence(explanation, result.Facts),
            outcome == Outcome.Unknown ? explanation.Missing.ToArray() : [],
            outcome == Outcome.Error ? explanation.Error ?? "evaluation failed" : null,
            waiver is null ? null : new WaiverReport(waiver.Reason, waiver.ApprovedBy, FactDates.Format(waiver.Expires)));
    }

    /// <summary>One entry per fact the comparisons used, in first-use order.</summary>
    private static EvidenceReport[] Evidence(Explanation explanation, FactTable facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new List<EvidenceReport>();
        foreach (var source in explanation.Comparisons.SelectMany(c => c.Sources))
        {
            if (seen.Add(source.Fact))
            {
                var fromFactFile = string.Equals(source.Source, facts.Source, StringComparison.Ordinal) && source.AsOf == facts.AsOf;
                evidence.Add(new EvidenceReport(source.Fact, source.Source, source.AsOf is { } date ? FactDates.Format(date) : null, source.File, source.Line, fromFactFile));
            }
        }

        return evidence.ToArray();
    }

    private static string? NameOf(FactTable facts, int row) =>
        facts.TryGetColumn("name", out var column) && column.GetDisplayValue(row) is string name && name.Length > 0 ? name : null;

    /// <summary>The DSL spelling of a severity.</summary>
    public static string SeverityText(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Blocker => "blocker",
        RuleSeverity.Major => "major",
        RuleSeverity.Minor => "minor",
        _ => "info",
    };
}
