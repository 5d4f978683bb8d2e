using Tao.Rules.Evaluation;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>
/// Before anything is timed, the evaluators must agree: a benchmark of a wrong answer measures nothing. Each check throws
/// when they do not.
/// </summary>
public static class AgreementCheck
{
    /// <summary>Per rule, RulesEngine's successes on the first <paramref name="sample"/> assets equal our passes.</summary>
    public static void RulesEngineAgreesWithHandWritten(RulesEngine.RulesEngine engine, BenchmarkData data, int sample)
    {
        RulesEngineScreen.CheckRuns(engine, data.Assets[0]);
        var rules = HandWrittenScreen.RuleCount;
        var outcomes = new Outcome[sample * rules];
        HandWrittenScreen.Evaluate(data.Rows.AsSpan(0, sample), outcomes);
        var passed = new bool[rules];
        var handWrittenPasses = new int[rules];
        var rulesEnginePasses = new int[rules];
        for (var i = 0; i < sample; i++)
        {
            RulesEngineScreen.Evaluate(engine, data.Assets[i], passed);
            for (var r = 0; r < rules; r++)
            {
                rulesEnginePasses[r] += passed[r] ? 1 : 0;
                handWrittenPasses[r] += outcomes[(i * rules) + r] == Outcome.Pass ? 1 : 0;
            }
        }

        for (var r = 0; r < rules; r++)
        {
            if (handWrittenPasses[r] != rulesEnginePasses[r])
            {
                throw new InvalidOperationException(
                    $"{RulesEngineScreen.Rules[r].Id}: hand-written C# passes {handWrittenPasses[r]} of {sample} assets, RulesEngine {rulesEnginePasses[r]}.");
            }
        }

        Console.WriteLine($"// RulesEngine agrees with hand-written C# on {sample} assets: passes per rule {string.Join(", ", handWrittenPasses)}");
    }

    /// <summary>Every outcome of every asset and rule equals the hand-written one (the facts' as_of is the evaluation date).</summary>
    public static void TaoRulesAgreesWithHandWritten(EvaluationResult result, BenchmarkData data, string engine)
    {
        var rules = HandWrittenScreen.RuleCount;
        var outcomes = new Outcome[data.Rows.Length * rules];
        HandWrittenScreen.Evaluate(data.Rows, outcomes);
        if (result.EntityCount != data.Rows.Length || result.Rules.Count != rules)
        {
            throw new InvalidOperationException($"Tao.Rules ({engine}) evaluated {result.EntityCount} entities and {result.Rules.Count} rules.");
        }

        for (var row = 0; row < data.Rows.Length; row++)
        {
            for (var r = 0; r < rules; r++)
            {
                var ours = result.GetOutcome(row, r);
                var theirs = outcomes[(row * rules) + r];
                if (ours != theirs)
                {
                    throw new InvalidOperationException(
                        $"{result.Rules[r].Id} on {result.Facts.GetKey(row)}: Tao.Rules ({engine}) gives {ours}, hand-written C# {theirs}.");
                }
            }
        }

        Console.WriteLine($"// Tao.Rules ({engine}) agrees with hand-written C# on all {data.Rows.Length} assets x {rules} rules");
    }
}
