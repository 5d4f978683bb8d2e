using Tao.Rules.Binding;
using Tao.Rules.Evaluation.Columnar;

namespace Tao.Rules.Evaluation;

/// <summary>
/// How each let, aggregate and condition of a pack is evaluated: a compiled delegate or the interpreter. Bools are
/// three-valued ints (0 false, 1 true, 2 unknown). Immutable once built; shared by every run of the pack.
/// </summary>
internal sealed class EvaluationPlan
{
    private EvaluationPlan(int lets, int aggregates, int rules)
    {
        Lets = new Func<EvaluationRun, int, RuntimeValue>[lets];
        Selectors = new Func<EvaluationRun, int, RuntimeValue>[aggregates];
        Filters = new Func<EvaluationRun, int, int>?[aggregates];
        When = new Func<EvaluationRun, int, int>?[rules];
        Require = new Func<EvaluationRun, int, int>?[rules];
        Rules = new Func<EvaluationRun, int, int>?[rules];
        IsRuleCompiled = new bool[rules];
    }

    public Func<EvaluationRun, int, RuntimeValue>[] Lets { get; }

    public Func<EvaluationRun, int, RuntimeValue>[] Selectors { get; }

    public Func<EvaluationRun, int, int>?[] Filters { get; }

    public Func<EvaluationRun, int, int>?[] When { get; }

    public Func<EvaluationRun, int, int>?[] Require { get; }

    /// <summary>A compiled rule as one delegate giving its outcome (as an int), or null: then <see cref="When"/> and <see cref="Require"/>.</summary>
    public Func<EvaluationRun, int, int>?[] Rules { get; }

    public bool[] IsRuleCompiled { get; }

    /// <summary>The compiled rules in groups of up to <see cref="RuleGroup.Size"/>, for the bulk path.</summary>
    public List<RuleGroup> Groups { get; } = [];

    /// <summary>The rules evaluated a block of rows at a time (numbers, dates, yes/no facts), or null; they are in no group.</summary>
    public ColumnarProgram? Columnar { get; private set; }

    public static EvaluationPlan Interpreted(BoundPackage package) => Build(package, pack: null);

    public static EvaluationPlan Compiled(BoundPackage package, CompiledPack pack) => Build(package, pack);

    private static EvaluationPlan Build(BoundPackage package, CompiledPack? pack)
    {
        var compiler = pack is null ? null : new ExpressionCompiler(pack);
        var plan = new EvaluationPlan(package.Lets.Count, package.Aggregates.Count, package.Rules.Count);
        foreach (var let in package.Lets)
        {
            plan.Lets[let.Index] = compiler?.TryCompileValue(let.Expression) ?? Interpret(let.Expression);
        }

        foreach (var aggregate in package.Aggregates)
        {
            plan.Selectors[aggregate.Index] = aggregate.Selector is BoundEntityReference
                ? static (_, _) => RuntimeValue.True
                : compiler?.TryCompileValue(aggregate.Selector) ?? Interpret(aggregate.Selector);
            plan.Filters[aggregate.Index] = aggregate.Filter is null ? null : compiler?.TryCompileTruth(aggregate.Filter) ?? InterpretTruth(aggregate.Filter);
        }

        var columnar = compiler is null ? null : new ColumnarCompiler(pack!);
        var columnarRules = new List<ColumnarRule>();
        foreach (var rule in package.Rules)
        {
            if (columnar?.TryCompile(rule) is { } blockRule)
            {
                columnarRules.Add(blockRule);
                plan.IsRuleCompiled[rule.Index] = true;
                continue;
            }

            if (compiler?.TryCompileRule(rule) is { } whole)
            {
                plan.Rules[rule.Index] = whole;
                plan.IsRuleCompiled[rule.Index] = true;
                continue;
            }

            Func<EvaluationRun, int, int>? when = null, require = null;
            var compiled = compiler is not null;
            if (rule.When is not null)
            {
                when = compiler?.TryCompileTruth(rule.When);
                compiled &= when is not null;
                when ??= InterpretTruth(rule.When);
            }

            if (rule.Require is not null)
            {
                require = compiler?.TryCompileTruth(rule.Require);
                compiled &= require is not null;
                require ??= InterpretTruth(rule.Require);
            }

            plan.When[rule.Index] = when;
            plan.Require[rule.Index] = require;
            plan.IsRuleCompiled[rule.Index] = compiled;
        }

        if (compiler is not null)
        {
            if (columnarRules.Count > 0)
            {
                plan.Columnar = new ColumnarProgram(columnarRules, columnar!.NumberSlots, columnar.TruthSlots);
            }

            var compiledRules = package.Rules.Where(r => plan.Rules[r.Index] is not null).ToList();
            for (var i = 0; i < compiledRules.Count; i += RuleGroup.Size)
            {
                plan.Groups.Add(compiler.CompileRuleGroup(compiledRules.Skip(i).Take(RuleGroup.Size).ToList(), package.Rules.Count));
            }
        }

        return plan;
    }

    private static Func<EvaluationRun, int, RuntimeValue> Interpret(BoundExpression expression) =>
        (run, row) => run.Interpreter.Evaluate(expression, row);

    private static Func<EvaluationRun, int, int> InterpretTruth(BoundExpression expression) =>
        (run, row) => run.Interpreter.EvaluateTruth(expression, row);
}
