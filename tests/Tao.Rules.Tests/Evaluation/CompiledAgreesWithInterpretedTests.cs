using CsCheck;
using Tao.Rules.Evaluation;
using Tao.Rules.Tests.Binding;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>The compiler's semantics are the interpreter's: on random packs and random facts with missing values, every outcome and derived value agrees.</summary>
public sealed class CompiledAgreesWithInterpretedTests
{
    [Fact]
    public void Compiled_and_interpreted_evaluation_agree_on_random_rules_and_facts()
    {
        var compiledRules = 0;
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<Outcome, bool>();
        Gen.Int.Sample(
            seed =>
            {
                var random = new RandomPacks(seed);
                var source = random.Pack(rules: 6);
                // Up to 7 entities the interpreter decides the block-evaluated rules; from 8 on, block nodes do.
                var facts = random.Facts(entities: 1 + (Math.Abs(seed) % 12));
                var (pack, compiled, interpreted) = EvaluateWithBothEngines(source, facts);
                Assert.True(
                    EvaluationHarness.Outcomes(interpreted).SequenceEqual(EvaluationHarness.Outcomes(compiled)),
                    $"{source}\n{facts}\ninterpreted: {string.Join(", ", EvaluationHarness.Outcomes(interpreted))}\ncompiled:    {string.Join(", ", EvaluationHarness.Outcomes(compiled))}");
                Assert.Equal(interpreted.Derived().Select(d => d.Text), compiled.Derived().Select(d => d.Text));
                for (var row = 0; row < compiled.EntityCount; row++)
                {
                    for (var rule = 0; rule < pack.RulesInOrder.Count; rule++)
                    {
                        seen.TryAdd(compiled.GetOutcome(row, rule), true);
                    }
                }

                Assert.Equal(interpreted.Verdicts(), compiled.Verdicts());
                for (var rule = 0; rule < pack.RulesInOrder.Count; rule++)
                {
                    if (pack.IsRuleCompiled(rule))
                    {
                        Interlocked.Increment(ref compiledRules);
                    }
                }
            },
            iter: 300);

        // Most random rules avoid lists and lambdas, so compiled code (block nodes or row groups), not the interpreter
        // fallback, was under test.
        Assert.True(compiledRules > 300 * 6 / 3, $"only {compiledRules} rules were compiled");
        Assert.Equal([Outcome.Pass, Outcome.Fail, Outcome.Unknown, Outcome.NotApplicable, Outcome.Error], seen.Keys.Order());
    }

    [Fact]
    public void Block_evaluation_agrees_with_the_interpreter_on_random_rules_over_larger_tables()
    {
        // Tables of 8 to 300 entities: the columnar path decides whole blocks of 8 rows and more, the interpreter the
        // rows after the last whole 8. Extreme numbers make products and sums overflow, zero divisors divide by zero.
        var columnarRules = 0;
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<Outcome, bool>();
        Gen.Int.Sample(
            seed =>
            {
                var random = new RandomPacks(seed);
                var source = random.Pack(rules: 8);
                var facts = random.Facts(entities: 8 + (Math.Abs(seed % 293)), extremes: true);
                var (pack, compiled, interpreted) = EvaluateWithBothEngines(source, facts);
                var expected = EvaluationHarness.Outcomes(interpreted);
                var actual = EvaluationHarness.Outcomes(compiled);
                var firstDifference = Enumerable.Range(0, expected.Length).FirstOrDefault(i => expected[i] != actual[i], -1);
                Assert.True(firstDifference < 0, $"{source}\ninterpreted: {(firstDifference < 0 ? "" : expected[firstDifference])}\ncompiled:    {(firstDifference < 0 ? "" : actual[firstDifference])}");
                Assert.Equal(interpreted.Verdicts(), compiled.Verdicts());
                var program = pack.Plan(EvaluationEngine.Compiled).Columnar;
                foreach (var rule in program?.Rules ?? [])
                {
                    Interlocked.Increment(ref columnarRules);
                    for (var row = 0; row < compiled.EntityCount; row++)
                    {
                        seen.TryAdd(compiled.GetOutcome(row, rule.Rule.Index), true);
                    }
                }
            },
            iter: 120);

        // Most random rules are over numbers, dates and yes/no facts, so the block nodes, not the row compiler, were under test.
        Assert.True(columnarRules > 120 * 8 / 3, $"only {columnarRules} rules were columnar");
        Assert.Equal([Outcome.Pass, Outcome.Fail, Outcome.Unknown, Outcome.NotApplicable, Outcome.Error], seen.Keys.Order());
    }

    [Fact]
    public void A_table_of_several_blocks_agrees_with_the_interpreter()
    {
        // 2,603 entities: two whole blocks of 1,024 rows, a shorter one of 552, and 3 rows for the interpreter.
        var random = new RandomPacks(20261126);
        var source = random.Pack(rules: 40);
        var facts = random.Facts(entities: 2603, extremes: true);
        var (pack, compiled, interpreted) = EvaluateWithBothEngines(source, facts);
        Assert.Equal(EvaluationHarness.Outcomes(interpreted), EvaluationHarness.Outcomes(compiled));
        Assert.Equal(interpreted.Verdicts(), compiled.Verdicts());
        Assert.True(pack.Plan(EvaluationEngine.Compiled).Columnar!.Rules.Count >= 20);
    }

    [Fact]
    public void A_pack_of_many_rule_groups_agrees_and_resumes_after_errors_mid_group()
    {
        // 100 rules make four compiled groups; 300 entities with zero denominators make rules throw in the middle of a
        // group's loop, which must evaluate that entity rule by rule and carry on with the next.
        var random = new RandomPacks(20260109);
        var source = random.Pack(rules: 100);
        var facts = random.Facts(entities: 300);
        var (package, diagnostics) = BindingHarness.Bind(source);
        Assert.False(package.HasErrors, string.Join("\n", diagnostics));
        var pack = CompiledPack.Compile(package);
        var table = EvaluationHarness.LoadFacts(pack, facts);
        var compiled = pack.Evaluate(table, new EvaluationOptions { Engine = EvaluationEngine.Compiled });
        var interpreted = pack.Evaluate(table, new EvaluationOptions { Engine = EvaluationEngine.Interpreted });
        var auto = pack.Evaluate(table, EvaluationOptions.Default);
        Assert.Equal(EvaluationHarness.Outcomes(interpreted), EvaluationHarness.Outcomes(compiled));
        Assert.Equal(EvaluationHarness.Outcomes(interpreted), EvaluationHarness.Outcomes(auto));
        var errors = EvaluationHarness.Outcomes(compiled).Count(o => o.EndsWith(" error", StringComparison.Ordinal));
        Assert.InRange(errors, 10, 300 * 100 / 2);
        Assert.True(Enumerable.Range(0, 100).Count(pack.IsRuleCompiled) > 64);
    }

    private static (CompiledPack Pack, EvaluationResult Compiled, EvaluationResult Interpreted) EvaluateWithBothEngines(string source, string facts)
    {
        var (package, diagnostics) = BindingHarness.Bind(source);
        Assert.False(package.HasErrors, source + "\n" + string.Join("\n", diagnostics));
        var pack = CompiledPack.Compile(package);
        var table = EvaluationHarness.LoadFacts(pack, facts);
        return (
            pack,
            pack.Evaluate(table, new EvaluationOptions { Engine = EvaluationEngine.Compiled }),
            pack.Evaluate(table, new EvaluationOptions { Engine = EvaluationEngine.Interpreted }));
    }
}
