using Tao.Rules.Analyzers.Tests.Infrastructure;
using StaticTest = Tao.Rules.Analyzers.Tests.Infrastructure.RuleFunctionAnalyzerTest<Tao.Rules.Analyzers.RuleFunctionStaticAnalyzer>;
using TypeTest = Tao.Rules.Analyzers.Tests.Infrastructure.RuleFunctionAnalyzerTest<Tao.Rules.Analyzers.RuleFunctionTypeAnalyzer>;

namespace Tao.Rules.Analyzers.Tests.RuleFunctions;

/// <summary>TAO5003 (public and static) and TAO5004 (types rules know), at the name and at the type.</summary>
public sealed class ShapeTests
{
    private static string Class(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using Tao.Rules;

        public class Functions
        {
            {{members}}
        }
        """;

    [Theory]
    [InlineData("[RuleFunction] public double {|#0:Score|}(double x) => x;")]
    [InlineData("[RuleFunction] private static double {|#0:Score|}(double x) => x;")]
    [InlineData("[RuleFunction] internal static double {|#0:Score|}(double x) => x;")]
    [InlineData("[RuleFunction] static double {|#0:Score|}(double x) => x;")]
    public async Task A_rule_function_that_is_not_public_static_is_TAO5003(string member)
    {
        await StaticTest.RunAsync(Class(member), StaticTest.Diagnostic("TAO5003").WithLocation(0).WithArguments("Score"));
    }

    [Fact]
    public async Task Public_static_rule_functions_and_unmarked_methods_are_fine()
    {
        await StaticTest.RunAsync(Class("""
            [RuleFunction] public static double Score(double x) => x;
                public double Instance(double x) => x;
                private static double Hidden(double x) => x;
            """));
    }

    [Fact]
    public async Task Unknown_parameter_and_return_types_are_TAO5004_at_the_type()
    {
        await TypeTest.RunAsync(
            Class("""
                [RuleFunction] public static {|#0:List<double>|} Spread({|#1:TimeSpan|} period, {|#2:ref double x|}, {|#3:double?|} y, string s) => null;
                """),
            TypeTest.Diagnostic("TAO5004").WithLocation(1).WithArguments("Spread", "parameter 'period'", "System.TimeSpan"),
            TypeTest.Diagnostic("TAO5004").WithLocation(2).WithArguments("Spread", "parameter 'x'", "ref double"),
            TypeTest.Diagnostic("TAO5004").WithLocation(3).WithArguments("Spread", "parameter 'y'", "double?"),
            TypeTest.Diagnostic("TAO5004").WithLocation(0).WithArguments("Spread", "the return type", "System.Collections.Generic.List<double>"));
    }

    [Fact]
    public async Task Every_type_rules_know_is_fine_and_a_nullable_return_too()
    {
        await TypeTest.RunAsync(Class("""
            [RuleFunction] public static double? A(double a, decimal b, int c, long d, bool e, string f, DateTime g) => null;
                [RuleFunction] public static DateTime B(DateTime a) => a;
                [RuleFunction] public static bool? C(bool a) => a;
                [RuleFunction] public static string D(string a) => a;
                public static TimeSpan NotARuleFunction(TimeSpan a) => a;
            """));
    }
}
