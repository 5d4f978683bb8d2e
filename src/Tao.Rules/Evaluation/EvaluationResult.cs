using System.Globalization;
using Tao.Rules.Binding;
using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>
/// The outcome of every rule for every entity of one evaluation, held compactly (one byte per entity and rule).
/// <see cref="RuleResult"/>s and their explanations are made only when asked for, by re-running the rule in the
/// interpreter's trace mode. Entities are in fact-table order, rules in declaration order. Safe to read from many threads.
/// </summary>
public sealed class EvaluationResult
{
    private readonly EvaluationRun _run;
    private readonly byte[] _outcomes;
    private readonly Dictionary<(int Rule, int Row), Waiver> _waivers;
    private readonly int _ruleCount;
    private Explanation?[]? _kept;

    internal EvaluationResult(CompiledPack pack, EvaluationRun run, byte[] outcomes, Dictionary<(int Rule, int Row), Waiver> waivers, IReadOnlyList<EvaluationNote> notes)
    {
        Pack = pack;
        _run = run;
        _outcomes = outcomes;
        _waivers = waivers;
        _ruleCount = pack.RulesInOrder.Count;
        Notes = notes;
    }

    public CompiledPack Pack { get; }

    /// <summary>The package name, as results print it.</summary>
    public string PackName => Pack.Name;

    /// <summary>The evaluation date used.</summary>
    public DateTime AsOf => _run.AsOf;

    public FactTable Facts => _run.Facts;

    /// <summary>The run's state: the resolved params, for comparing two evaluations.</summary>
    internal EvaluationRun Run => _run;

    public int EntityCount => _run.RowCount;

    public IReadOnlyList<BoundRule> Rules => Pack.RulesInOrder;

    /// <summary>Expired waivers (not applied), and anything else the run's reader should know.</summary>
    public IReadOnlyList<EvaluationNote> Notes { get; }

    /// <summary>The outcome of rule <paramref name="ruleIndex"/> (declaration order) for the entity in <paramref name="row"/>. Allocates nothing.</summary>
    public Outcome GetOutcome(int row, int ruleIndex) => (Outcome)_outcomes[(row * _ruleCount) + ruleIndex];

    /// <summary>
    /// The entity's verdict: <see cref="Verdict.Blocked"/> when a blocker fails, else <see cref="Verdict.AtRisk"/> when a
    /// major fails, else <see cref="Verdict.NeedsEvidence"/> when a blocker or major is unknown or in error, else
    /// <see cref="Verdict.Ready"/>. Minor and info rules, and waived or not applicable ones, do not count.
    /// </summary>
    public Verdict GetVerdict(int row)
    {
        var verdict = Verdict.Ready;
        for (var i = 0; i < _ruleCount; i++)
        {
            var severity = Pack.RulesInOrder[i].Severity;
            if (severity < RuleSeverity.Major)
            {
                continue;
            }

            switch (GetOutcome(row, i))
            {
                case Outcome.Fail when severity == RuleSeverity.Blocker:
                    return Verdict.Blocked;
                case Outcome.Fail:
                    verdict = Verdict.AtRisk;
                    break;
                case Outcome.Unknown or Outcome.Error when verdict == Verdict.Ready:
                    verdict = Verdict.NeedsEvidence;
                    break;
            }
        }

        return verdict;
    }

    /// <summary>
    /// The result of one rule for one entity. With <paramref name="withExplanation"/> (the default), fail, unknown,
    /// error and waived outcomes carry an <see cref="Explanation"/>; pass and not_applicable never do — ask
    /// <see cref="Explain"/> for one. Without it, only the missing facts of an unknown and the message of an error are
    /// worked out (cheaper, for table and CSV output).
    /// </summary>
    public RuleResult GetResult(int row, int ruleIndex, bool withExplanation = true)
    {
        var outcome = GetOutcome(row, ruleIndex);
        var rule = Pack.RulesInOrder[ruleIndex];
        IReadOnlyList<string> missing = [];
        string? error = null;
        Explanation? explanation = null;
        if (withExplanation && outcome is Outcome.Fail or Outcome.Unknown or Outcome.Error or Outcome.Waived)
        {
            explanation = Explain(row, ruleIndex);
            missing = outcome == Outcome.Unknown ? explanation.Missing : [];
            error = outcome == Outcome.Error ? explanation.Error ?? "evaluation failed" : null;
        }
        else if (outcome is Outcome.Unknown or Outcome.Error)
        {
            var trace = Trace(row, ruleIndex, out var message);
            missing = outcome == Outcome.Unknown ? trace.Missing : [];
            error = outcome == Outcome.Error ? message ?? "evaluation failed" : null;
        }

        return new RuleResult(
            _run.Facts.GetKey(row),
            Pack.Name,
            rule.Id,
            outcome,
            rule.Severity,
            missing,
            error,
            outcome == Outcome.Waived ? _waivers[(ruleIndex, row)] : null,
            explanation);
    }

    /// <summary>Every result, entities in fact-table order and rules in declaration order (see <see cref="GetResult"/>).</summary>
    public IEnumerable<RuleResult> Results(bool withExplanations = true)
    {
        for (var row = 0; row < EntityCount; row++)
        {
            for (var rule = 0; rule < _ruleCount; rule++)
            {
                yield return GetResult(row, rule, withExplanations);
            }
        }
    }

    /// <summary>Every entity's verdict for this pack, in fact-table order.</summary>
    public IEnumerable<EntityVerdict> Verdicts()
    {
        for (var row = 0; row < EntityCount; row++)
        {
            yield return new EntityVerdict(_run.Facts.GetKey(row), Pack.Name, GetVerdict(row));
        }
    }

    /// <summary>The value every param of the pack had in this evaluation (defaults and overrides), in declaration order.</summary>
    public IReadOnlyList<ParamValue> ParamValues() =>
        Pack.Package.Params.Select(p => new ParamValue(Pack.Name, p.Name, ValueText.Format(_run.Params[p.Index], p.Type))).ToArray();

    /// <summary>Every entity's <c>let</c> values, entities in fact-table order and lets in declaration order.</summary>
    public IEnumerable<DerivedValue> Derived()
    {
        for (var row = 0; row < EntityCount; row++)
        {
            foreach (var let in Pack.LetsInDeclarationOrder)
            {
                yield return GetDerived(row, let);
            }
        }
    }

    /// <summary>The value of one let for one entity.</summary>
    public DerivedValue GetDerived(int row, BoundLet let)
    {
        var value = _run.Lets[let.Index][row];
        var type = let.Type;
        var unit = type.Kind == TypeKind.Number && type.Unit.Symbol.Length > 0 ? type.Unit.Symbol : null;
        var error = value.Kind == ValueKind.Error ? (string)value.Reference! : null;
        return new DerivedValue(
            _run.Facts.GetKey(row),
            Pack.Name,
            let.Name,
            ValueText.ToJsonValue(value, type),
            unit,
            error is null ? ValueText.Format(value, type, quoteStrings: false) : "error: " + error,
            error);
    }

    /// <summary>Why rule <paramref name="ruleIndex"/> came out as it did for the entity in <paramref name="row"/>, in business words.</summary>
    public Explanation Explain(int row, int ruleIndex) => Explain(row, ruleIndex, withTexts: true);

    /// <summary>
    /// From now on, keeps every full explanation (<see cref="Explain(int, int)"/>, and those <see cref="GetResult"/>
    /// attaches) once made, for a reader that asks for each several times — a report's pages and its four exports —
    /// instead of re-running the rule each time. Costs the memory of the explanations, so streaming readers do not ask.
    /// </summary>
    public void KeepExplanations() => Interlocked.CompareExchange(ref _kept, new Explanation?[_outcomes.Length], null);

    /// <summary>
    /// As <see cref="Explain(int, int)"/>; without <paramref name="withTexts"/> the <c>because</c> and <c>remedy</c> texts
    /// are left null — cheaper, for a report that shows them only for fail, unknown, error and waived outcomes.
    /// </summary>
    public Explanation Explain(int row, int ruleIndex, bool withTexts)
    {
        if (withTexts && _kept is { } kept)
        {
            // Explaining is deterministic, so two threads racing to fill a slot make equal values: either may stay.
            ref var slot = ref kept[(row * _ruleCount) + ruleIndex];
            var made = slot ?? MakeExplanation(row, ruleIndex, withTexts);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
        }

        return MakeExplanation(row, ruleIndex, withTexts);
    }

    private Explanation MakeExplanation(int row, int ruleIndex, bool withTexts)
    {
        var rule = Pack.RulesInOrder[ruleIndex];
        var outcome = GetOutcome(row, ruleIndex);
        var window = WindowExcluding(rule);
        var trace = Trace(row, ruleIndex, out var error);
        var summary = Summarize(outcome, rule, row, window);
        return new Explanation(
            summary,
            withTexts ? Fill(rule.Because, row) : null,
            withTexts ? Fill(rule.Remedy, row) : null,
            trace.Comparisons,
            outcome == Outcome.Unknown || (outcome == Outcome.Waived && trace.Missing.Count > 0) ? trace.Missing : [],
            error);
    }

    private BoundEffectiveWindow? WindowExcluding(BoundRule rule) =>
        Pack.Package.Effective is { } p && !p.Contains(AsOf) ? p : rule.Effective is { } r && !r.Contains(AsOf) ? r : null;

    /// <summary>Re-runs a rule's conditions for one entity in trace mode: the comparisons, the missing facts, the error.</summary>
    private TraceRecorder Trace(int row, int ruleIndex, out string? error)
    {
        var rule = Pack.RulesInOrder[ruleIndex];
        var trace = new TraceRecorder();
        error = null;
        if (WindowExcluding(rule) is not null)
        {
            return trace;
        }

        var interpreter = new Interpreter(_run, trace);
        try
        {
            var applies = RuntimeOps.True;
            if (rule.When is not null)
            {
                trace.Clause = "when";
                applies = interpreter.EvaluateTruth(rule.When, row);
            }

            if (applies != RuntimeOps.False && rule.Require is not null)
            {
                trace.Clause = "require";
                interpreter.EvaluateTruth(rule.Require, row);
            }
        }
        catch (RuleEvaluationException exception)
        {
            error = exception.Message;
        }

        return trace;
    }

    /// <summary>The rule's <c>when</c> for one entity (0 false, 1 true, 2 unknown or in error), for test coverage.</summary>
    internal int WhenTruth(int row, int ruleIndex)
    {
        var when = Pack.RulesInOrder[ruleIndex].When;
        if (when is null)
        {
            return RuntimeOps.True;
        }

        try
        {
            return new Interpreter(_run, trace: null).EvaluateTruth(when, row);
        }
        catch (RuleEvaluationException)
        {
            return RuntimeOps.Unknown;
        }
    }

    private string Summarize(Outcome outcome, BoundRule rule, int row, BoundEffectiveWindow? window)
    {
        var title = rule.Title is null ? rule.Id : $"{rule.Id} \"{rule.Title}\"";
        if (window is not null)
        {
            var until = window.Until is { } u ? " until " + FactDates.Format(u) : string.Empty;
            return $"{title}: not applicable on {FactDates.Format(AsOf)}; effective {FactDates.Format(window.From)}{until}";
        }

        if (outcome == Outcome.Waived && _waivers.TryGetValue((rule.Index, row), out var waiver))
        {
            return string.Format(CultureInfo.InvariantCulture, "{0}: waived until {1}, approved by {2}: {3}", title, FactDates.Format(waiver.Expires), waiver.ApprovedBy, waiver.Reason);
        }

        return $"{title}: {OutcomeText(outcome)}";
    }

    /// <summary>The DSL spelling of an outcome (<c>not_applicable</c>).</summary>
    public static string OutcomeText(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        Outcome.Unknown => "unknown",
        Outcome.NotApplicable => "not_applicable",
        Outcome.Waived => "waived",
        _ => "error",
    };

    /// <summary>The spelling of a verdict (<c>needs-evidence</c>).</summary>
    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.Ready => "ready",
        Verdict.NeedsEvidence => "needs-evidence",
        Verdict.AtRisk => "at-risk",
        _ => "blocked",
    };

    private string? Fill(BoundInterpolatedString? text, int row)
    {
        if (text is null)
        {
            return null;
        }

        var interpreter = new Interpreter(_run, trace: null);
        var builder = new System.Text.StringBuilder();
        foreach (var part in text.Parts)
        {
            if (part.Hole is null)
            {
                builder.Append(part.Text);
                continue;
            }

            try
            {
                builder.Append(ValueText.Format(interpreter.Evaluate(part.Hole, row), part.Hole.Type, quoteStrings: false));
            }
            catch (RuleEvaluationException exception)
            {
                builder.Append("(error: ").Append(exception.Message).Append(')');
            }
        }

        return builder.ToString();
    }
}
