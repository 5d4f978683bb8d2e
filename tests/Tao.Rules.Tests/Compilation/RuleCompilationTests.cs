using Tao.Rules.Text;

namespace Tao.Rules.Tests.Compilation;

public sealed class RuleCompilationTests
{
    private const string TokenSchema = """
        kind: token
        key: ticker
        fields:
          ticker: { type: string, required: true }
          supply: { type: number, unit: USD }
        """;

    [Fact]
    public void Schemas_given_are_used_and_the_shipped_ones_are_the_fallback()
    {
        var compilation = RuleCompilation.Create(
        [
            SourceText.From(TokenSchema, "schemas/token.schema.yaml"),
            SourceText.From("package t.p\n  applies to token\nrule T-01\n  severity minor\n  cite \"c\"\n  require token.supply > 1 USD\n  because \"b\"\ntest \"t\"\n  given token { ticker: \"A\", supply: 2 USD }\n  expect T-01 pass\n", "t.rules"),
            SourceText.From("package a.p\napplies_to: asset\n", "broken-name.rules.yaml"),
            SourceText.From("package: a.p\napplies_to: asset\nrules:\n  - id: A-01\n    severity: minor\n    cite: c\n    require: asset.market_cap > 1 USD\n    because: b\ntests:\n  - name: t\n    given: { kind: asset, symbol: \"BTC\", market_cap: 2 }\n    expect: { rule: A-01, outcome: pass }\n", "a.rules.yaml"),
        ]);

        Assert.True(compilation.Schemas.TryGet("token", out _));
        Assert.True(compilation.Schemas.TryGet("asset", out _));
        Assert.Equal(["a.p", "t.p"], compilation.Packages.Select(p => p.Name));
        var only = Assert.Single(compilation.Diagnostics);
        Assert.Equal("broken-name.rules.yaml", only.Location.Path);
    }

    [Fact]
    public void A_syntax_error_does_not_hide_an_independent_binding_error_in_another_rule()
    {
        var source = SourceText.From(
            "package p.q\n  applies to asset\n\nrule P-01\n  require asset.market_cap >=\n\nrule P-02\n  require asset.market_kap > 1 USD\n\ntest \"t\"\n  given asset { symbol: \"A\" }\n  expect P-01 pass\n",
            "two.rules");

        var compilation = RuleCompilation.Create([source]);

        Assert.Equal(
            ["two.rules(7,1): error TAO1001", "two.rules(8,17): error TAO3001"],
            compilation.Diagnostics.Select(d => d.ToString()[..(d.ToString().IndexOf(':', d.ToString().IndexOf(':') + 1))]));
    }

    [Fact]
    public void A_kind_declared_twice_is_reported_at_the_second_schema()
    {
        var compilation = RuleCompilation.Create(
        [
            SourceText.From(TokenSchema, "a/token.schema.yaml"),
            SourceText.From(TokenSchema, "b/token.schema.yaml"),
        ]);

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("TAO3010", diagnostic.Id);
        Assert.Equal("b/token.schema.yaml", diagnostic.Location.Path);
    }

    [Fact]
    public void Diagnostics_come_in_path_then_position_order_whatever_the_input_order()
    {
        var files = new[]
        {
            SourceText.From("package z.z\n  applies to asset\nrule Z-01\n  require asset.nope\n", "z.rules"),
            SourceText.From("package a.a\n  applies to asset\nrule A-01\n  require asset.nope\n", "a.rules"),
        };

        var forward = RuleCompilation.Create(files).Diagnostics.Select(d => d.ToString()).ToList();
        var backward = RuleCompilation.Create(files.Reverse()).Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Equal(forward, backward);
        Assert.StartsWith("a.rules(", forward[0], StringComparison.Ordinal);
        Assert.StartsWith("z.rules(", forward[^1], StringComparison.Ordinal);
    }
}
