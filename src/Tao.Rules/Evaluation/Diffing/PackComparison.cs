using Tao.Rules.Binding;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;

namespace Tao.Rules.Evaluation.Diffing;

/// <summary>One pack's two evaluations side by side (either may be absent): the work of <see cref="EvaluationComparer"/>.</summary>
internal sealed class PackComparison
{
    private readonly EvaluationResult? _before;
    private readonly EvaluationResult? _after;
    private readonly Dictionary<string, BoundRule> _rulesBefore;
    private readonly Dictionary<string, BoundRule> _rulesAfter;
    private readonly Dictionary<string, string> _paramsBefore;
    private readonly Dictionary<string, string> _paramsAfter;
    private readonly Dictionary<string, (string Key, string Display)> _letsBefore;
    private readonly Dictionary<string, (string Key, string Display)> _letsAfter;
    private readonly Dictionary<string, RuleReading> _readings = new(StringComparer.Ordinal);

    public PackComparison(EvaluationResult? before, EvaluationResult? after)
    {
        _before = before;
        _after = after;
        _rulesBefore = RulesOf(before);
        _rulesAfter = RulesOf(after);
        _paramsBefore = ParamsOf(before);
        _paramsAfter = ParamsOf(after);
        _letsBefore = LetsOf(before);
        _letsAfter = LetsOf(after);
        Name = (before ?? after)!.PackName;
        RuleIds = _rulesBefore.Keys.Union(_rulesAfter.Keys, StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
    }

    public string Name { get; }

    private IReadOnlyList<string> RuleIds { get; }

    /// <summary>What differs in the pack's rules, lets and params, whatever the facts.</summary>
    public PackChange Summary()
    {
        var changed = RuleIds
            .Where(id => _rulesBefore.ContainsKey(id) && _rulesAfter.ContainsKey(id) && Reading(id).ShapeChanges.Count > 0)
            .ToList();
        return new PackChange(
            Name,
            _before?.Pack.Package.Version,
            _after?.Pack.Package.Version,
            _before is not null,
            _after is not null,
            _before is null || _after is null ? [] : RuleIds.Where(id => !_rulesBefore.ContainsKey(id)).ToList(),
            _before is null || _after is null ? [] : RuleIds.Where(id => !_rulesAfter.ContainsKey(id)).ToList(),
            changed,
            _before is null || _after is null ? [] : Differences(ChangeReasonKind.Param, _paramsBefore, _paramsAfter, names: null),
            _before is null || _after is null ? [] : LetDifferences(names: null));
    }

    /// <summary>Every entity of the pack (on either side) whose verdict or rule outcomes differ, by key (ordinal).</summary>
    public IEnumerable<EntityChange> EntityChanges()
    {
        var keys = (_before?.Facts.Keys ?? []).Union(_after?.Facts.Keys ?? [], StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            int? rowBefore = _before is not null && _before.Facts.TryGetRow(key, out var b) ? b : null;
            int? rowAfter = _after is not null && _after.Facts.TryGetRow(key, out var a) ? a : null;
            var verdictBefore = rowBefore is { } rb ? _before!.GetVerdict(rb) : (Verdict?)null;
            var verdictAfter = rowAfter is { } ra ? _after!.GetVerdict(ra) : (Verdict?)null;
            var rules = new List<RuleChange>();
            foreach (var id in RuleIds)
            {
                if (Compare(id, key, rowBefore, rowAfter) is { } change)
                {
                    rules.Add(change);
                }
            }

            if (rules.Count > 0 || verdictBefore != verdictAfter)
            {
                yield return new EntityChange(Name, key, verdictBefore, verdictAfter, rules);
            }
        }
    }

    private RuleChange? Compare(string id, string key, int? rowBefore, int? rowAfter)
    {
        var ruleBefore = rowBefore is null ? null : _rulesBefore.GetValueOrDefault(id);
        var ruleAfter = rowAfter is null ? null : _rulesAfter.GetValueOrDefault(id);
        var before = ruleBefore is null ? (Outcome?)null : _before!.GetOutcome(rowBefore!.Value, ruleBefore.Index);
        var after = ruleAfter is null ? (Outcome?)null : _after!.GetOutcome(rowAfter!.Value, ruleAfter.Index);

        // A rule that does not exist on a side decides nothing there: it matches a pass or a not_applicable, so a rule
        // added (or an entity or pack added) shows only where it fails, is unknown, errs or is waived.
        var outcomeChanged = (before, after) switch
        {
            (null, null) => false,
            (null, { } only) => !Harmless(only),
            ({ } only, null) => !Harmless(only),
            _ => before != after,
        };
        var weightChanged = ruleBefore is not null && ruleAfter is not null && ruleBefore.Severity != ruleAfter.Severity
            && (CountsTowardVerdict(before) || CountsTowardVerdict(after));
        if (!outcomeChanged && !weightChanged)
        {
            return null;
        }

        return new RuleChange(id, before, after, ruleBefore?.Severity, ruleAfter?.Severity, Reasons(id, key, rowBefore, rowAfter, before, after));
    }

    private IReadOnlyList<ChangeReason> Reasons(string id, string key, int? rowBefore, int? rowAfter, Outcome? before, Outcome? after)
    {
        if (_before is null)
        {
            return [new ChangeReason(ChangeReasonKind.PackAdded, Name, null, null)];
        }

        if (_after is null)
        {
            return [new ChangeReason(ChangeReasonKind.PackRemoved, Name, null, null)];
        }

        if (rowBefore is null || rowAfter is null)
        {
            return [new ChangeReason(rowBefore is null ? ChangeReasonKind.EntityAdded : ChangeReasonKind.EntityRemoved, key, null, null)];
        }

        if (!_rulesBefore.ContainsKey(id) || !_rulesAfter.ContainsKey(id))
        {
            return [new ChangeReason(_rulesBefore.ContainsKey(id) ? ChangeReasonKind.RuleRemoved : ChangeReasonKind.RuleAdded, id, null, null)];
        }

        var reading = Reading(id);
        var reasons = new List<ChangeReason>(reading.StaticReasons);
        if (_before.AsOf != _after.AsOf && reading.DependsOnDate)
        {
            reasons.Add(new ChangeReason(ChangeReasonKind.AsOf, "as_of", Facts.FactDates.Format(_before.AsOf), Facts.FactDates.Format(_after.AsOf)));
        }

        foreach (var field in reading.Fields)
        {
            var valueBefore = FactValueText.Of(_before.Facts, rowBefore.Value, field);
            var valueAfter = FactValueText.Of(_after.Facts, rowAfter.Value, field);
            if (!string.Equals(valueBefore, valueAfter, StringComparison.Ordinal))
            {
                reasons.Add(new ChangeReason(ChangeReasonKind.Fact, _after.Pack.Kind + "." + field, valueBefore, valueAfter));
            }
        }

        var waiverBefore = before == Outcome.Waived ? WaiverText(_before, rowBefore.Value, _rulesBefore[id]) : null;
        var waiverAfter = after == Outcome.Waived ? WaiverText(_after, rowAfter.Value, _rulesAfter[id]) : null;
        if (!string.Equals(waiverBefore, waiverAfter, StringComparison.Ordinal))
        {
            reasons.Add(new ChangeReason(ChangeReasonKind.Waiver, id, waiverBefore, waiverAfter));
        }

        if (reasons.Count == 0 && reading.ReadsPopulation)
        {
            reasons.Add(new ChangeReason(ChangeReasonKind.Population, "other entities' facts", null, null));
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new ChangeReason(ChangeReasonKind.Unexplained, string.Empty, null, null));
        }

        return reasons;
    }

    private static string WaiverText(EvaluationResult result, int row, BoundRule rule) =>
        result.GetResult(row, rule.Index, withExplanation: false).Waiver is { } waiver
            ? $"until {Facts.FactDates.Format(waiver.Expires)}, approved by {waiver.ApprovedBy}"
            : "waived";

    private static bool Harmless(Outcome outcome) => outcome is Outcome.Pass or Outcome.NotApplicable;

    private static bool CountsTowardVerdict(Outcome? outcome) => outcome is Outcome.Fail or Outcome.Unknown or Outcome.Error;

    /// <summary>What a rule present on both sides reads, and the differences that hold for every entity.</summary>
    private RuleReading Reading(string id)
    {
        if (_readings.TryGetValue(id, out var reading))
        {
            return reading;
        }

        var before = _rulesBefore[id];
        var after = _rulesAfter[id];
        var inputsBefore = RuleInputs.Of(before);
        var inputsAfter = RuleInputs.Of(after);
        var shape = RuleShape.Of(before).Differences(RuleShape.Of(after)).ToList();
        var reasons = new List<ChangeReason>(shape);
        var windowBefore = RuleShape.Window(_before!.Pack.Package.Effective);
        var windowAfter = RuleShape.Window(_after!.Pack.Package.Effective);
        if (!string.Equals(windowBefore, windowAfter, StringComparison.Ordinal))
        {
            reasons.Add(new ChangeReason(ChangeReasonKind.RuleText, "package effective", windowBefore ?? "(always)", windowAfter ?? "(always)"));
        }

        reasons.AddRange(LetDifferences(inputsBefore.Lets.Union(inputsAfter.Lets, StringComparer.Ordinal)));
        reasons.AddRange(Differences(ChangeReasonKind.Param, _paramsBefore, _paramsAfter, inputsBefore.Params.Union(inputsAfter.Params, StringComparer.Ordinal)));
        reading = new RuleReading(
            shape,
            reasons,
            inputsBefore.Fields.Union(inputsAfter.Fields, StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList(),
            inputsBefore.ReadsAsOf || inputsAfter.ReadsAsOf || before.Effective is not null || after.Effective is not null
                || windowBefore is not null || windowAfter is not null,
            inputsBefore.ReadsPopulation || inputsAfter.ReadsPopulation);
        _readings[id] = reading;
        return reading;
    }

    private IReadOnlyList<ChangeReason> LetDifferences(IEnumerable<string>? names)
    {
        var keysBefore = _letsBefore.ToDictionary(l => l.Key, l => l.Value.Key, StringComparer.Ordinal);
        var keysAfter = _letsAfter.ToDictionary(l => l.Key, l => l.Value.Key, StringComparer.Ordinal);
        return Differences(ChangeReasonKind.Let, keysBefore, keysAfter, names)
            .Select(r => r with
            {
                Before = _letsBefore.TryGetValue(r.Subject, out var b) ? b.Display : null,
                After = _letsAfter.TryGetValue(r.Subject, out var a) ? a.Display : null,
            })
            .ToList();
    }

    /// <summary>The names (all of both sides when <paramref name="names"/> is null) whose text differs, by name.</summary>
    private static IReadOnlyList<ChangeReason> Differences(ChangeReasonKind kind, Dictionary<string, string> before, Dictionary<string, string> after, IEnumerable<string>? names)
    {
        names ??= before.Keys.Union(after.Keys, StringComparer.Ordinal);
        var reasons = new List<ChangeReason>();
        foreach (var name in names.OrderBy(n => n, StringComparer.Ordinal))
        {
            var valueBefore = before.GetValueOrDefault(name);
            var valueAfter = after.GetValueOrDefault(name);
            if (!string.Equals(valueBefore, valueAfter, StringComparison.Ordinal))
            {
                reasons.Add(new ChangeReason(kind, name, valueBefore, valueAfter));
            }
        }

        return reasons;
    }

    private static Dictionary<string, BoundRule> RulesOf(EvaluationResult? result) =>
        (result?.Rules ?? []).ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Each param's value in this run (its default or the run's override), as text with its unit.</summary>
    private static Dictionary<string, string> ParamsOf(EvaluationResult? result) =>
        (result?.Pack.Package.Params ?? []).ToDictionary(
            p => p.Name,
            p => ValueText.Format(result!.Run.Params[p.Index], p.Type),
            StringComparer.Ordinal);

    private static Dictionary<string, (string Key, string Display)> LetsOf(EvaluationResult? result) =>
        (result?.Pack.Package.Lets ?? []).ToDictionary(
            l => l.Name,
            l => (SyntaxPrinter.Print(l.Syntax.Value), RuleFormatter.FormatExpression(l.Syntax.Value)),
            StringComparer.Ordinal);

    private sealed record RuleReading(
        IReadOnlyList<ChangeReason> ShapeChanges,
        IReadOnlyList<ChangeReason> StaticReasons,
        IReadOnlyList<string> Fields,
        bool DependsOnDate,
        bool ReadsPopulation);
}
