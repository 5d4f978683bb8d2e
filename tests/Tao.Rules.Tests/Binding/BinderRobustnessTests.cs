using CsCheck;
using Tao.Rules.Analysis;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Binding;

/// <summary>Whatever tree the parser recovers, binding and linting report diagnostics and never throw.</summary>
public sealed class BinderRobustnessTests
{
    private static readonly string[] Tokens =
    [
        "let a =", "let b =", "let c =", "param p =", "param q =", "rule R-01 \"r\"", "rule R-02 \"s\"", "require", "when", "because \"{a} {subnet.name}\"",
        "severity major", "cite \"c\"", "test \"t\" given subnet { netuid: 1, tao_in: 3 TAO }", "expect R-01 pass", "expect R-03 fail",
        "subnet.tao_in", "subnet.ema_tao_flow", "subnet.name", "subnet.miner_burned", "subnet.registered_at_block", "subnet.nope", "subnet",
        "a", "b", "c", "p", "q", "x", "as_of", "1", "2.5", "0", "3 TAO", "1 rao", "7_200 blocks", "5 days", "1 months", "95 %", "1 USD", "2026-01-01",
        "\"s\"", "true", "false", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not", "in", "not in", "between", "(", ")", "[", "]", ",",
        "sum(all subnet.tao_in where subnet.tao_in > 0 TAO)", "count(all subnet)", "rank(all subnet.tao_in)", "all subnet.tao_in", "sum(all a)",
        "any([1, 2], v => v > 1)", "all([\"a\"], s => s == a)", "v", "s", "=>", "has(", "min(", "max(", "round(", "abs(", "days_between(", "count(", "foo(",
        "\n", "\n", "\n",
    ];

    [Fact]
    public void Random_token_soup_never_throws()
    {
        var schemas = ShippedSchemas.Load();
        Gen.Int[0, Tokens.Length - 1].Array[0, 60].Sample(
            indices =>
            {
                var body = string.Join(" ", indices.Select(i => Tokens[i]));
                var tree = RuleParser.ParseFile(SourceText.From("package t\n  applies to subnet\n" + body, "soup.rules"));
                var diagnostics = new DiagnosticBag();
                var package = Binder.Bind(tree, schemas, diagnostics);
                RuleLinter.Lint(package, diagnostics);
                var bindErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("TAO3", StringComparison.Ordinal));
                Assert.True(!bindErrors || package.HasErrors, "a binding error must mark the package");
            },
            iter: 3_000);
    }

    [Theory]
    [InlineData(900, 0)]
    [InlineData(1_500, 1)]
    [InlineData(50_000, 1)]
    public void Long_operator_chains_bind_or_give_one_TAO1003(int terms, int expectedErrors)
    {
        // The parser builds operator chains without recursion and does not cap them; the binder caps the bound
        // tree's depth (every walker and the evaluator recurse over it) and says so once.
        var body = "rule R-01 \"r\"\n  require " + string.Join(" and ", Enumerable.Repeat("asset.isg_market", terms)) + "\n";
        var (package, diagnostics) = BindingHarness.Bind(BindingHarness.Pack(body), lint: true);
        var errors = BindingHarness.Lines(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(expectedErrors, errors.Length);
        if (expectedErrors > 0)
        {
            Assert.Equal("(4,11): TAO1003: expression nesting is deeper than 1000 levels; split it with 'let'", errors[0]);
            Assert.True(package.HasErrors);
        }
    }

    [Fact]
    public void Deep_let_chains_bind_without_recursion_trouble()
    {
        var body = new System.Text.StringBuilder("let v0 = subnet.tao_in\n");
        for (var i = 1; i < 5_000; i++)
        {
            body.Append("let v").Append(i).Append(" = v").Append(i - 1).Append(" + 1 TAO\n");
        }

        body.Append("rule R-01 \"r\"\n  require v4999 > 0 TAO\n");
        var (package, diagnostics) = BindingHarness.Bind(BindingHarness.Pack(body.ToString(), "subnet"));
        Assert.Empty(BindingHarness.Lines(diagnostics));
        Assert.Equal("v4999", package.Lets[^1].Name);
    }

    [Fact]
    public void The_parser_sample_pack_binds_cleanly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Parsing", "Samples", "jvcea.rules");
        var (_, diagnostics) = BindingHarness.Bind(File.ReadAllText(path));
        Assert.Empty(BindingHarness.Lines(diagnostics));
    }
}
