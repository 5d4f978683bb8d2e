using System.Globalization;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Schema;
using Tao.Rules.Text;

namespace Tao.Rules.Evaluation;

/// <summary>
/// A bound package made ready to evaluate: compile it once with <see cref="Compile"/>, then evaluate any number of fact
/// tables, from any number of threads at once (the pack is immutable; each evaluation has its own state).
/// </summary>
public sealed class CompiledPack
{
    /// <summary>With <see cref="EvaluationEngine.Auto"/>, tables of at least this many entities are evaluated by compiled code.</summary>
    public const int AutoCompileThreshold = 64;

    private readonly Dictionary<string, int> _fieldIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<BoundExpression, RuntimeValue> _constants = [];
    private readonly Dictionary<BoundFieldAccess, int> _fieldOfAccess = [];
    private readonly Lazy<EvaluationPlan> _compiled;
    private readonly Lazy<EvaluationPlan> _interpreted;

    private CompiledPack(BoundPackage package)
    {
        Package = package;
        Fields = package.Schema!.Fields;
        for (var i = 0; i < Fields.Count; i++)
        {
            _fieldIndex[Fields[i].Name] = i;
        }

        new ConstantCollector(_constants, _fieldOfAccess, _fieldIndex).VisitPackage(package);
        _interpreted = new Lazy<EvaluationPlan>(() => EvaluationPlan.Interpreted(package), LazyThreadSafetyMode.ExecutionAndPublication);
        _compiled = new Lazy<EvaluationPlan>(() => EvaluationPlan.Compiled(package, this), LazyThreadSafetyMode.ExecutionAndPublication);
        RulesInOrder = package.Rules;
        LetsInDeclarationOrder = package.Lets.OrderBy(l => l.Syntax.Span.Start).ToArray();
    }

    /// <summary>The bound package this was compiled from.</summary>
    public BoundPackage Package { get; }

    /// <summary>The package name (<c>jp.jvcea</c>).</summary>
    public string Name => Package.Name;

    /// <summary>The entity kind the pack judges (<c>asset</c>).</summary>
    public string Kind => Package.Schema!.Kind;

    /// <summary>The pack's rules in declaration order; rule indexes in results are positions in this list.</summary>
    public IReadOnlyList<BoundRule> RulesInOrder { get; }

    internal IReadOnlyList<BoundLet> LetsInDeclarationOrder { get; }

    internal IReadOnlyList<FieldSchema> Fields { get; }

    /// <summary>
    /// Prepares <paramref name="package"/> for evaluation: builds an expression tree per condition and let (compiled to
    /// a delegate on first use) and falls back to the interpreter for what the compiler does not handle (lists, lambdas).
    /// </summary>
    /// <exception cref="ArgumentException">The package has binding errors or no schema; such a package cannot be evaluated.</exception>
    public static CompiledPack Compile(BoundPackage package)
    {
        if (package.HasErrors || package.Schema is null)
        {
            throw new ArgumentException($"The package '{package.Name}' has errors and cannot be evaluated; check its diagnostics first.", nameof(package));
        }

        var pack = new CompiledPack(package);
        _ = pack._compiled.Value;
        return pack;
    }

    /// <summary>
    /// Emits the IL of every compiled rule, let and aggregate now rather than on first use by a large enough run: for
    /// a long-lived service that wants no first-run latency. Optional; evaluation does it lazily anyway.
    /// </summary>
    public void Warm()
    {
        var plan = _compiled.Value;
        foreach (var group in plan.Groups)
        {
            _ = group.Evaluate.Value;
        }

        foreach (var let in plan.Lets)
        {
            ExpressionCompiler.Resolve(let);
        }

        foreach (var selector in plan.Selectors)
        {
            ExpressionCompiler.Resolve(selector);
        }
    }

    /// <summary>
    /// True when compiled runs evaluate the rule with compiled code: block nodes (the columnar path, for tables of 8 or
    /// more entities) or a compiled delegate. False: the interpreter evaluates it.
    /// </summary>
    public bool IsRuleCompiled(int ruleIndex) => _compiled.Value.IsRuleCompiled[ruleIndex];

    /// <summary>
    /// Evaluates the pack over <paramref name="facts"/>. False, after reporting why to <paramref name="diagnostics"/>, when
    /// the run cannot start: no evaluation date (TAO6013), facts of another kind (TAO6007), a param override naming an
    /// unknown param (TAO3005) or of the wrong type or unit (TAO3002/TAO3003). Rule errors never stop a run: they are
    /// <see cref="Outcome.Error"/> outcomes.
    /// </summary>
    public bool TryEvaluate(FactTable facts, EvaluationOptions options, DiagnosticBag diagnostics, out EvaluationResult? result)
    {
        result = null;
        var ok = true;
        if (!string.Equals(facts.Kind, Kind, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.FactKindMismatch, Location.ForFile(facts.Path), facts.Kind, Kind);
            ok = false;
        }

        var asOf = options.AsOf ?? facts.AsOf;
        if (asOf is null)
        {
            diagnostics.Add(DiagnosticCatalog.NoEvaluationDate, Location.ForFile(facts.Path), Name, facts.Path);
            ok = false;
        }

        var @params = ResolveParams(options.Params, diagnostics, ref ok);
        if (!ok)
        {
            return false;
        }

        result = Run(facts, asOf!.Value.Date, @params, options);
        return true;
    }

    /// <summary>As <see cref="TryEvaluate"/>, for callers that prefer an exception when the run cannot start.</summary>
    /// <exception cref="InvalidOperationException">The run cannot start; the message lists the diagnostics.</exception>
    public EvaluationResult Evaluate(FactTable facts, EvaluationOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (!TryEvaluate(facts, options, diagnostics, out var result))
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())));
        }

        return result!;
    }

    /// <summary>The column of a field access, found by reference rather than by hashing its name on every read.</summary>
    internal int FieldIndex(BoundFieldAccess access) => _fieldOfAccess.TryGetValue(access, out var index) ? index : FieldIndex(access.Field.Name);

    internal int FieldIndex(string name) => _fieldIndex.TryGetValue(name, out var index) ? index : throw new RuleEvaluationException($"unknown field '{name}'");

    internal RuntimeValue Constant(BoundLiteral literal) =>
        _constants.TryGetValue(literal, out var value) ? value : RuntimeValue.FromConstant(literal.Value);

    internal bool TryGetConstant(BoundExpression expression, out RuntimeValue value) => _constants.TryGetValue(expression, out value);

    internal EvaluationPlan Plan(EvaluationEngine engine) => engine == EvaluationEngine.Interpreted ? _interpreted.Value : _compiled.Value;

    private RuntimeValue[] ResolveParams(IReadOnlyList<ParamOverride> overrides, DiagnosticBag diagnostics, ref bool ok)
    {
        var values = new RuntimeValue[Package.Params.Count];
        foreach (var param in Package.Params)
        {
            values[param.Index] = RuntimeValue.FromConstant(param.DefaultValue!);
        }

        foreach (var @override in overrides)
        {
            if (!string.Equals(@override.Package, Name, StringComparison.Ordinal))
            {
                continue;
            }

            var text = SourceText.From(@override.ValueText, $"--param {@override.Package}.{@override.Name}");
            var param = Package.Params.FirstOrDefault(p => string.Equals(p.Name, @override.Name, StringComparison.Ordinal));
            if (param is null)
            {
                var suggestion = Suggestions.DidYouMean(@override.Name, Package.Params.Select(p => p.Name));
                diagnostics.Add(DiagnosticCatalog.UnknownName, Location.ForFile(text.Path), $"{@override.Package}.{@override.Name}", suggestion);
                ok = false;
                continue;
            }

            var value = Binder.BindParamOverride(param, text, diagnostics);
            if (value is null)
            {
                ok = false;
                continue;
            }

            values[param.Index] = RuntimeValue.FromConstant(value);
        }

        return values;
    }

    private EvaluationResult Run(FactTable facts, DateTime asOf, RuntimeValue[] @params, EvaluationOptions options)
    {
        // Emitting and JIT-compiling IL costs about a millisecond per rule; below a few dozen entities the interpreter
        // finishes first. Auto therefore interprets small tables and compiles large ones.
        var engine = options.Engine == EvaluationEngine.Auto
            ? (facts.RowCount >= AutoCompileThreshold ? EvaluationEngine.Compiled : EvaluationEngine.Interpreted)
            : options.Engine;
        var plan = Plan(engine);
        var run = new EvaluationRun(this, facts, asOf, @params);
        var package = Package;

        var lastStage = 0;
        foreach (var let in package.Lets)
        {
            lastStage = Math.Max(lastStage, let.Stage);
        }

        foreach (var aggregate in package.Aggregates)
        {
            lastStage = Math.Max(lastStage, aggregate.Stage);
        }

        for (var stage = 0; stage <= lastStage; stage++)
        {
            foreach (var aggregate in package.Aggregates)
            {
                if (aggregate.Stage == stage)
                {
                    var filter = plan.Filters[aggregate.Index];
                    run.Aggregates[aggregate.Index] = AggregateState.Compute(
                        run,
                        aggregate,
                        ExpressionCompiler.Resolve(plan.Selectors[aggregate.Index]),
                        filter is null ? null : ExpressionCompiler.Resolve(filter));
                }
            }

            foreach (var let in package.Lets)
            {
                if (let.Stage == stage)
                {
                    ComputeLet(run, let, ExpressionCompiler.Resolve(plan.Lets[let.Index]));
                }
            }
        }

        var (waivers, notes) = IndexWaivers(options.Waivers, facts, asOf);
        var ruleCount = package.Rules.Count;
        var outcomes = new byte[facts.RowCount * ruleCount];
        var packageApplies = package.Effective?.Contains(asOf) ?? true;
        var grouped = new bool[ruleCount];
        if (packageApplies && plan.Columnar is { } columnar)
        {
            var applies = new bool[ruleCount];
            foreach (var rule in package.Rules)
            {
                applies[rule.Index] = rule.Effective?.Contains(asOf) ?? true;
            }

            columnar.Run(run, outcomes, ruleCount, applies);
            foreach (var rule in columnar.Rules)
            {
                grouped[rule.Rule.Index] = true;
            }
        }

        if (packageApplies)
        {
            foreach (var group in plan.Groups)
            {
                RunGroup(run, plan, group, outcomes);
                foreach (var rule in group.Rules)
                {
                    grouped[rule.Index] = true;
                }
            }
        }

        for (var ruleIndex = 0; ruleIndex < ruleCount; ruleIndex++)
        {
            var rule = package.Rules[ruleIndex];
            var applies = packageApplies && (rule.Effective?.Contains(asOf) ?? true);
            if (grouped[ruleIndex] && applies)
            {
                continue;
            }

            var whole = applies && plan.Rules[ruleIndex] is { } compiledRule ? ExpressionCompiler.Resolve(compiledRule) : null;
            var when = plan.When[ruleIndex] is { } w ? ExpressionCompiler.Resolve(w) : null;
            var require = plan.Require[ruleIndex] is { } r ? ExpressionCompiler.Resolve(r) : null;
            for (var row = 0; row < facts.RowCount; row++)
            {
                var outcome = !applies ? Outcome.NotApplicable
                    : whole is not null ? DecideCompiled(run, whole, row)
                    : Decide(run, when, require, row);
                outcomes[(row * ruleCount) + ruleIndex] = (byte)outcome;
            }
        }

        foreach (var waived in waivers.Keys)
        {
            var index = (waived.Row * ruleCount) + waived.Rule;
            if (outcomes[index] != (byte)Outcome.NotApplicable)
            {
                outcomes[index] = (byte)Outcome.Waived;
            }
        }

        return new EvaluationResult(this, run, outcomes, waivers, notes);
    }

    /// <summary>The outcome of one rule's conditions: shared by both engines, so they differ only in how a condition is computed.</summary>
    internal static Outcome Decide(EvaluationRun run, Func<EvaluationRun, int, int>? when, Func<EvaluationRun, int, int>? require, int row)
    {
        try
        {
            var applies = when is null ? RuntimeOps.True : when(run, row);
            if (applies == RuntimeOps.False)
            {
                return Outcome.NotApplicable;
            }

            // Evaluated even when 'when' is unknown, so an error in it is reported and both engines agree.
            var holds = require is null ? RuntimeOps.True : require(run, row);
            if (applies == RuntimeOps.Unknown)
            {
                return Outcome.Unknown;
            }

            return holds switch
            {
                RuntimeOps.True => Outcome.Pass,
                RuntimeOps.False => Outcome.Fail,
                _ => Outcome.Unknown,
            };
        }
        catch (RuleEvaluationException)
        {
            return Outcome.Error;
        }
    }

    /// <summary>Runs a group's loop; where a rule throws, that row is evaluated rule by rule and the loop resumes after it.</summary>
    private static void RunGroup(EvaluationRun run, EvaluationPlan plan, RuleGroup group, byte[] outcomes)
    {
        var evaluate = group.Evaluate.Value;
        var ruleCount = plan.Rules.Length;
        var row = 0;
        while (row < run.Rows)
        {
            try
            {
                evaluate(run, outcomes, row);
                return;
            }
            catch (RuleEvaluationException)
            {
                var failed = run.GroupRow;
                foreach (var rule in group.Rules)
                {
                    outcomes[(failed * ruleCount) + rule.Index] = (byte)DecideCompiled(run, ExpressionCompiler.Resolve(plan.Rules[rule.Index]!), failed);
                }

                row = failed + 1;
            }
        }
    }

    private static Outcome DecideCompiled(EvaluationRun run, Func<EvaluationRun, int, int> rule, int row)
    {
        try
        {
            return (Outcome)rule(run, row);
        }
        catch (RuleEvaluationException)
        {
            return Outcome.Error;
        }
    }

    private static void ComputeLet(EvaluationRun run, BoundLet let, Func<EvaluationRun, int, RuntimeValue> evaluate)
    {
        var values = run.Lets[let.Index];
        for (var row = 0; row < run.RowCount; row++)
        {
            try
            {
                values[row] = evaluate(run, row);
            }
            catch (RuleEvaluationException error)
            {
                values[row] = RuntimeValue.FromError(error.Message.StartsWith("let ", StringComparison.Ordinal) ? error.Message : $"let {let.Name}: {error.Message}");
            }
        }
    }

    private (Dictionary<(int Rule, int Row), Waiver> Current, List<EvaluationNote> Notes) IndexWaivers(IReadOnlyList<Waiver> waivers, FactTable facts, DateTime asOf)
    {
        var current = new Dictionary<(int Rule, int Row), Waiver>();
        var notes = new List<EvaluationNote>();
        foreach (var waiver in waivers)
        {
            var rule = Package.Rules.FirstOrDefault(r => string.Equals(r.Id, waiver.Rule, StringComparison.Ordinal));
            if (rule is null || !facts.TryGetRow(waiver.Entity, out var row))
            {
                continue;
            }

            if (!waiver.IsCurrent(asOf))
            {
                notes.Add(new EvaluationNote(
                    string.Format(CultureInfo.InvariantCulture, "the waiver of {0} for {1} (approved by {2}) expired on {3}; it is not applied", waiver.Rule, waiver.Entity, waiver.ApprovedBy, FactDates.Format(waiver.Expires)),
                    waiver));
                continue;
            }

            current.TryAdd((rule.Index, row), waiver);
        }

        return (current, notes);
    }

    /// <summary>Pre-computes literal values and constant lists, so the interpreter does not rebuild them per entity.</summary>
    private sealed class ConstantCollector(Dictionary<BoundExpression, RuntimeValue> constants, Dictionary<BoundFieldAccess, int> fields, Dictionary<string, int> fieldIndex) : BoundTreeWalker
    {
        public override void VisitExpression(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundFieldAccess access when fieldIndex.TryGetValue(access.Field.Name, out var index):
                    fields[access] = index;
                    return;
                case BoundLiteral literal:
                    constants[literal] = RuntimeValue.FromConstant(literal.Value);
                    return;
                case BoundListExpression list when ConstantFolder.TryFold(list) is { } folded:
                    constants[list] = RuntimeValue.FromConstant(folded);
                    return;
                default:
                    base.VisitExpression(expression);
                    return;
            }
        }
    }
}
