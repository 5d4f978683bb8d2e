using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Tests.Binding;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Binds a small pack against the shipped schemas, reads YAML facts for it, and evaluates.</summary>
internal static class EvaluationHarness
{
    public static CompiledPack Compile(string source)
    {
        var (package, diagnostics) = BindingHarness.Bind(source);
        Assert.True(!package.HasErrors, "the test pack must bind: " + string.Join("\n", diagnostics));
        return CompiledPack.Compile(package);
    }

    public static FactTable LoadFacts(CompiledPack pack, string yaml, string path = "facts.yaml")
    {
        var bag = new DiagnosticBag();
        var table = FactFileReader.Read(SourceText.From(yaml, path), pack.Package.Schema!, bag);
        Assert.True(!bag.HasErrors, "the test facts must load: " + string.Join("\n", bag));
        return table;
    }

    public static EvaluationResult Evaluate(string source, string yaml, EvaluationOptions? options = null)
    {
        var pack = Compile(source);
        return pack.Evaluate(LoadFacts(pack, yaml), options ?? new EvaluationOptions());
    }

    /// <summary>Evaluates with both engines, checks they agree on every outcome, and returns the compiled result.</summary>
    public static EvaluationResult EvaluateBoth(string source, string yaml, EvaluationOptions? options = null)
    {
        var pack = Compile(source);
        var facts = LoadFacts(pack, yaml);
        options ??= new EvaluationOptions();
        var compiled = pack.Evaluate(facts, new EvaluationOptions { AsOf = options.AsOf, Params = options.Params, Waivers = options.Waivers, Engine = EvaluationEngine.Compiled });
        var interpreted = pack.Evaluate(facts, new EvaluationOptions { AsOf = options.AsOf, Params = options.Params, Waivers = options.Waivers, Engine = EvaluationEngine.Interpreted });
        Assert.Equal(Outcomes(interpreted), Outcomes(compiled));
        Assert.Equal(interpreted.Derived().Select(d => d.Text), compiled.Derived().Select(d => d.Text));
        return compiled;
    }

    /// <summary><c>KEY RULE outcome</c> per result, in result order.</summary>
    public static string[] Outcomes(EvaluationResult result)
    {
        var lines = new List<string>();
        for (var row = 0; row < result.EntityCount; row++)
        {
            for (var rule = 0; rule < result.Rules.Count; rule++)
            {
                lines.Add($"{result.Facts.GetKey(row)} {result.Rules[rule].Id} {EvaluationResult.OutcomeText(result.GetOutcome(row, rule))}");
            }
        }

        return lines.ToArray();
    }

    public static Outcome OutcomeOf(EvaluationResult result, string key, string ruleId)
    {
        Assert.True(result.Facts.TryGetRow(key, out var row), $"no entity {key}");
        var index = result.Rules.ToList().FindIndex(r => r.Id == ruleId);
        Assert.True(index >= 0, $"no rule {ruleId}");
        return result.GetOutcome(row, index);
    }

    public static RuleResult ResultOf(EvaluationResult result, string key, string ruleId)
    {
        Assert.True(result.Facts.TryGetRow(key, out var row), $"no entity {key}");
        return result.GetResult(row, result.Rules.ToList().FindIndex(r => r.Id == ruleId));
    }
}
