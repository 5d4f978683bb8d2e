using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tao.Rules.Analyzers.RuleFunctions;
using Tao.Rules.Analyzers.Tests.Infrastructure;
using Tao.Rules.Text;

namespace Tao.Rules.Analyzers.Tests.RuleFunctions;

/// <summary>The signatures of a compilation's rule functions, for binding the rule files of the same project.</summary>
public sealed class RuleFunctionSignaturesTests
{
    private const string Library = """
        using System;
        using Tao.Rules;

        namespace Listing
        {
            public class ListingFunctions
            {
                [RuleFunction(Unit = "USD")]
                public static double LiquidityFloor([RuleUnit("USD")] double referenceCap, int handlers) => referenceCap / 100 * handlers;

                [RuleFunction("dollar")]
                public static bool? IsDollarTicker(string symbol) => null;

                [RuleFunction]
                public double NotStatic(double x) => x;

                [RuleFunction]
                public static TimeSpan UnknownType(double x) => TimeSpan.Zero;
            }
        }
        """;

    private static CSharpCompilation Compile(string name, string source, params MetadataReference[] more) =>
        CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [.. OfflineReferences.Framework, .. more],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void The_usable_rule_functions_of_the_source_are_read_with_their_signatures()
    {
        var catalog = RuleFunctionSignatures.Read(Compile("Listing", Library));

        Assert.Equal(
            ["dollar(symbol: String) → Bool", "liquidity_floor(referenceCap: Number (USD), handlers: Number) → Number (USD)"],
            catalog.Functions.Select(f => f.Signature));
        Assert.All(catalog.Functions, f => Assert.Null(f.Method));
        Assert.Equal(typeof(bool?), catalog.Functions[0].ReturnClrType);
    }

    [Fact]
    public void Functions_of_a_referenced_assembly_are_read_and_bind_rule_files()
    {
        using var image = new MemoryStream();
        var emitted = Compile("Listing", Library).Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var rulesProject = Compile("Rules", "internal sealed class Host { }", MetadataReference.CreateFromImage(image.ToArray()));

        var functions = RuleFunctionSignatures.Read(rulesProject);
        var rules = SourceText.From(
            "package demo\n  applies to asset\nrule D-01 \"floor\"\n  cite \"demo\"\n  require asset.market_cap >= liquidity_floor(1_000_000 USD, 2) and dollar(asset.symbol)\n",
            "demo.rules");

        Assert.Equal(2, functions.Functions.Count);
        Assert.DoesNotContain(RuleCompilation.Create([rules], functions: functions).Diagnostics, d => d.Id.StartsWith("TAO3", StringComparison.Ordinal));
        Assert.Contains(RuleCompilation.Create([rules]).Diagnostics, d => d.Id == "TAO3004");
    }

    [Fact]
    public void A_compilation_without_Tao_Rules_has_no_functions()
    {
        var bare = CSharpCompilation.Create("Bare", [CSharpSyntaxTree.ParseText("class C { }")], OfflineReferences.Runtime);
        Assert.Empty(RuleFunctionSignatures.Read(bare).Functions);
    }
}
