using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>A pack whose entity schema lives in another file: the files of a project are bound together.</summary>
public sealed class MultiFilePackTests
{
    private const string SchemaPath = "/repo/schema/pool.schema.yaml";
    private const string RulesPath = "/repo/pools/pools.rules";

    private const string Schema = """
        kind: pool
        key: id
        fields:
          id:  { type: string, required: true }
          tvl: { type: number, unit: USD }
        """;

    private const string Rules = """
        package demo.pools
          applies to pool

        rule POOL-01 "Enough liquidity"
          severity major
          cite "Pool policy 1"
          require pool.tvl >= 1000000 USD
          because "{pool.id} holds {pool.tvl}"

        test "a deep pool passes"
          given pool { id: "P1", tvl: 2000000 }
          expect POOL-01 pass
        """;

    [Fact]
    public async Task A_pack_binds_against_the_schema_in_another_file()
    {
        await new RuleFileAnalyzerTest((SchemaPath, Schema), (RulesPath, Rules)).RunAsync();
    }

    [Fact]
    public async Task Without_its_schema_file_the_entity_kind_is_unknown()
    {
        var test = new RuleFileAnalyzerTest((RulesPath, Rules));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO3007").WithSpan(RulesPath, 2, 14, 2, 18)
            .WithArguments("no schema declares the entity kind 'pool'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_field_missing_from_the_schema_is_reported_in_the_rule_file()
    {
        var schema = Schema.Replace("tvl:", "liquidity:", StringComparison.Ordinal);
        var test = new RuleFileAnalyzerTest((SchemaPath, schema), (RulesPath, Rules));
        ExpectUnknownTvl(test);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_mistake_in_the_schema_is_reported_in_the_schema_file_and_its_echo_in_the_rules()
    {
        var schema = Schema.Replace("type: number", "type: numbr", StringComparison.Ordinal);
        var test = new RuleFileAnalyzerTest((SchemaPath, schema), (RulesPath, Rules));
        test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO3010").WithSpan(SchemaPath, 5, 16, 5, 21)
            .WithArguments("unknown type 'numbr' for field 'tvl'; did you mean 'number'? expected string, int, number, bool, date, enum or list"));
        // The field with the bad type is left out of the schema, so every use of it is unknown too.
        ExpectUnknownTvl(test);
        await test.RunAsync();
    }

    /// <summary>The package's props and a hand-written item may both list a file: it is one file, not two packages.</summary>
    [Fact]
    public async Task A_file_listed_twice_is_checked_once()
    {
        var rules = RuleFileFixtures.CleanDsl.Replace("100000000 USD", "100000000 USDX", StringComparison.Ordinal);
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(("/twice/a.rules", rules), ("/twice/a.rules", rules));

        Assert.Equal(
            "/twice/a.rules(7,41): error TAO1005: unknown unit 'USDX'; did you mean 'USD'?",
            AnalyzerRun.ToMsBuildLine(Assert.Single(diagnostics)));
    }

    /// <summary>Each use of <c>pool.tvl</c> in the rules file: the require, the because text and the test's given.</summary>
    private static void ExpectUnknownTvl(RuleFileAnalyzerTest test)
    {
        foreach (var (line, column) in new[] { (7, 16), (8, 34), (11, 26) })
        {
            test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("TAO3001").WithSpan(RulesPath, line, column, line, column + 3)
                .WithArguments("unknown field 'pool.tvl'"));
        }
    }
}
