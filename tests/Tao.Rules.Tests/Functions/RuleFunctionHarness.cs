using System.Globalization;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Functions;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Functions;

/// <summary>Compiles small packs that call <see cref="SampleRuleFunctions"/>, through <see cref="RuleCompilation"/>.</summary>
internal static class RuleFunctionHarness
{
    /// <summary>The binding diagnostics (TAO3xxx) of a package whose body starts on line 3, as <c>(line,col): id: message</c>.</summary>
    public static string[] BindingProblems(string body, RuleFunctionCatalog? functions = null)
    {
        var compilation = RuleCompilation.Create([SourceText.From($"package t\n  applies to asset\n{body}", "test.rules")], functions: functions ?? RuleFunctionTestCatalog.Samples);
        return compilation.Diagnostics
            .Where(d => d.Id.StartsWith("TAO3", StringComparison.Ordinal))
            .Select(d => string.Format(CultureInfo.InvariantCulture, "({0},{1}): {2}: {3}", d.Location.StartPosition.Line, d.Location.StartPosition.Column, d.Id, d.Message))
            .ToArray();
    }

    public static CompiledPack Compile(string body)
    {
        var compilation = RuleCompilation.Create([SourceText.From($"package t\n  applies to asset\n{body}", "test.rules")], functions: RuleFunctionTestCatalog.Samples);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return CompiledPack.Compile(compilation.Packages.Single());
    }

    /// <summary>Evaluates with each engine; asserts they agree on every outcome, error and derived value; returns the compiled result.</summary>
    public static EvaluationResult EvaluateBoth(CompiledPack pack, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var facts = FactFileReader.Read(SourceText.From(yaml, "facts.yaml"), pack.Package.Schema!, diagnostics);
        Assert.Empty(diagnostics);
        var compiled = pack.Evaluate(facts, new EvaluationOptions { Engine = EvaluationEngine.Compiled });
        var interpreted = pack.Evaluate(facts, new EvaluationOptions { Engine = EvaluationEngine.Interpreted });
        Assert.Equal(Results(interpreted), Results(compiled));
        Assert.Equal(interpreted.Derived().Select(d => $"{d.Entity} {d.Name} {d.Text} {d.Error}"), compiled.Derived().Select(d => $"{d.Entity} {d.Name} {d.Text} {d.Error}"));
        return compiled;
    }

    /// <summary><c>KEY RULE outcome [error]</c> for every entity and rule.</summary>
    public static string[] Results(EvaluationResult result)
    {
        var lines = new List<string>();
        for (var row = 0; row < result.EntityCount; row++)
        {
            for (var rule = 0; rule < result.Rules.Count; rule++)
            {
                var one = result.GetResult(row, rule);
                lines.Add($"{one.Entity} {one.RuleId} {EvaluationResult.OutcomeText(one.Outcome)}{(one.Error is null ? string.Empty : " " + one.Error)}");
            }
        }

        return lines.ToArray();
    }
}
