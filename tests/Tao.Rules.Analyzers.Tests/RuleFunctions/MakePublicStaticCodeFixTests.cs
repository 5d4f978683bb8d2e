using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Tao.Rules.Analyzers.CodeFixes;
using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests.RuleFunctions;

/// <summary>The TAO5003 code fix: before and after, one at a time and fix-all.</summary>
public sealed class MakePublicStaticCodeFixTests
{
    private static string Class(string members) => $$"""
        using Tao.Rules;

        public class Functions
        {
            {{members}}
        }
        """;

    private static Task RunAsync(string before, string after, int diagnostics)
    {
        var test = new CSharpCodeFixTest<RuleFunctionStaticAnalyzer, MakeRuleFunctionPublicStaticCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = OfflineReferences.None,
            TestCode = before,
            FixedCode = after,
        };
        test.TestState.AdditionalReferences.AddRange(OfflineReferences.Framework);
        test.FixedState.AdditionalReferences.AddRange(OfflineReferences.Framework);
        for (var i = 0; i < diagnostics; i++)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TAO5003", DiagnosticSeverity.Error).WithLocation(i));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("[RuleFunction] public double {|#0:Score|}(double x) => x;", "[RuleFunction] public static double Score(double x) => x;")]
    [InlineData("[RuleFunction] private static double {|#0:Score|}(double x) => x;", "[RuleFunction] public static double Score(double x) => x;")]
    [InlineData("[RuleFunction] internal virtual double {|#0:Score|}(double x) => x;", "[RuleFunction] public static double Score(double x) => x;")]
    [InlineData("[RuleFunction] double {|#0:Score|}(double x) => x;", "[RuleFunction] public static double Score(double x) => x;")]
    [InlineData("[RuleFunction] unsafe double {|#0:Score|}(double x) => x;", "[RuleFunction] public static unsafe double Score(double x) => x;")]
    public async Task The_fix_makes_the_method_public_static(string before, string after)
    {
        await RunAsync(Class(before), Class(after), 1);
    }

    [Fact]
    public async Task The_fix_keeps_the_layout_of_a_method_on_its_own_lines()
    {
        await RunAsync(
            Class("""
                [RuleFunction]
                    protected internal double {|#0:Score|}(double x)
                    {
                        return x;
                    }
                """),
            Class("""
                [RuleFunction]
                    public static double Score(double x)
                    {
                        return x;
                    }
                """),
            1);
    }

    [Fact]
    public async Task Fix_all_fixes_every_rule_function_of_the_document()
    {
        await RunAsync(
            Class("""
                [RuleFunction] public double {|#0:A|}(double x) => x;
                    [RuleFunction] private static double {|#1:B|}(double x) => x;
                """),
            Class("""
                [RuleFunction] public static double A(double x) => x;
                    [RuleFunction] public static double B(double x) => x;
                """),
            2);
    }
}
