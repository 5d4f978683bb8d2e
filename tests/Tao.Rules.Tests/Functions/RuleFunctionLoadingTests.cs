using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;

namespace Tao.Rules.Tests.Functions;

public sealed class RuleFunctionLoadingTests
{
    private const string Rules = "rules know double, decimal, int, long, bool, string or DateTime (and, as a return type, a nullable one of them)";

    [Fact]
    public void Each_unusable_method_is_TAO3017_with_its_reason_and_left_out()
    {
        var prefix = "SampleRuleFunctions.dll(1,1): error TAO3017: the [RuleFunction] 'Tao.Rules.Tests.Functions.UnusableRuleFunctions.";
        Assert.Equal(
            [
                prefix + "ByReference' cannot be used: parameter 'value' is System.Double&; " + Rules,
                prefix + "Elapsed' cannot be used: parameter 'span' is System.TimeSpan; " + Rules,
                prefix + "FlagWithUnit' cannot be used: the return type is not a number, so it cannot have the unit 'USD'",
                prefix + "Generic' cannot be used: it must not be generic",
                prefix + "Generic' cannot be used: parameter 'value' is T; " + Rules,
                prefix + "Generic' cannot be used: the return type is T; " + Rules,
                prefix + "Hidden' cannot be used: it must be public and static",
                prefix + "Instance' cannot be used: it must be public and static",
                prefix + "Named' cannot be used: 'Bad-Name' is not a name rules can call; give one of lower-case letters, digits and '_' that is not a keyword, as in [RuleFunction(\"my_name\")]",
                prefix + "Nothing' cannot be used: the return type is System.Void; " + Rules,
                prefix + "UnknownUnit' cannot be used: parameter 'value' has an unknown unit: 'USDT0'; did you mean 'USDT'?",
            ],
            RuleFunctionTestCatalog.Problems(typeof(UnusableRuleFunctions)));
    }

    [Fact]
    public void A_name_of_a_built_in_or_of_an_earlier_function_is_TAO3018()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = RuleFunctionCatalog.Create(RuleFunctionReader.ReadType(typeof(ClashingRuleFunctions), "clash.dll", diagnostics), diagnostics);
        Assert.Equal(
            [
                "clash.dll(1,1): error TAO3018: the [RuleFunction] 'Tao.Rules.Tests.Functions.ClashingRuleFunctions.MyRound' is named 'round', like the built-in function of that name; give it another name with [RuleFunction(\"name\")]",
                "clash.dll(1,1): error TAO3018: the [RuleFunction] 'Tao.Rules.Tests.Functions.ClashingRuleFunctions.Second' is named 'score', like Tao.Rules.Tests.Functions.ClashingRuleFunctions.First (from 'clash.dll'); give it another name with [RuleFunction(\"name\")]",
            ],
            diagnostics.Select(d => d.ToString()));
        Assert.Equal(["score"], catalog.Names);
        Assert.Equal("First", catalog.Functions.Single().Method!.Name);
    }

    [Fact]
    public void An_assembly_is_read_type_by_type_and_the_usable_functions_kept()
    {
        var diagnostics = new DiagnosticBag();
        var functions = RuleFunctionReader.ReadAssembly(typeof(SampleRuleFunctions).Assembly, "tests.dll", diagnostics);
        Assert.Contains(functions, f => f.Name == "liquidity_floor" && f.Origin == "tests.dll");
        Assert.DoesNotContain(functions, f => f.Method!.DeclaringType == typeof(UnusableRuleFunctions));
        Assert.Contains(diagnostics, d => d.Id == "TAO3017");
    }
}
