using Tao.Rules.Binding;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Tests.Binding;

public sealed class DesignExampleTests
{
    private const string Example = """
        package jp.jvcea
          title "Japan-style asset filter (JVCEA Green List and FSA screening)"
          applies to asset
          jurisdiction JP
          version "2026.1"
          effective 2026-01-01

        param min_handlers = 3                     # overridable: --param jp.jvcea.min_handlers=4
        param min_cold_custody = 95 %

        let listed_long_enough = asset.first_domestic_listing + 6 months <= as_of

        rule JP-GL-01 "Handled by at least three member exchanges"
          severity major
          cite "JVCEA Green List criteria (2022)"
          when asset.asset_type != "security"
          require asset.domestic_handler_count >= min_handlers
          because "{asset.name} is handled by {asset.domestic_handler_count} member exchanges; {min_handlers} are needed"
          remedy "List on further member exchanges, or go through individual review"

        rule JP-PRIV-05 "No anonymity-enhancing features"
          severity blocker
          require not asset.has_privacy_feature

        test "a privacy coin is blocked"
          given asset { symbol: "XMR", has_privacy_feature: true, asset_type: "native" }
          expect JP-PRIV-05 fail
        """;

    [Fact]
    public void The_design_example_binds_without_errors_against_the_shipped_asset_schema()
    {
        var (package, diagnostics) = BindingHarness.Bind(Example);

        Assert.Empty(BindingHarness.Lines(diagnostics));
        Assert.False(package.HasErrors);
        Assert.Equal("jp.jvcea", package.Name);
        Assert.Equal("asset", package.Schema!.Kind);
        Assert.Equal(["min_handlers", "min_cold_custody"], package.Params.Select(p => p.Name));
        Assert.Equal(0.95, package.Params[1].DefaultValue!.Number, 12);
        Assert.Equal("%", package.Params[1].Type.Unit.Symbol);
        Assert.Equal(3, package.Params[0].DefaultValue!.Number);
        Assert.True(package.Params[0].Type.IsInteger);
        Assert.Equal(["JP-GL-01", "JP-PRIV-05"], package.Rules.Select(r => r.Id));
        Assert.Equal(RuleSeverity.Blocker, package.Rules[1].Severity);
        Assert.Same(package.Rules[1], Assert.IsType<BoundExpectOutcome>(package.Tests[0].Expectations[0]).Rule);
        Assert.Equal("XMR", package.Tests[0].Entities[0].Key);
    }

    [Fact]
    public void The_design_example_bound_tree_is_stable()
    {
        var (package, _) = BindingHarness.Bind(Example);
        Golden.Verify("design-example.bound", BoundTreePrinter.Print(package));
    }

    [Fact]
    public void The_taoflow_share_bound_tree_is_stable()
    {
        var (package, diagnostics) = BindingHarness.Bind("""
            package tao.emission
              applies to subnet

            param cutoff = -1 TAO/block

            let floor = max(cutoff, min(min(all subnet.ema_tao_flow), 0 TAO/block))
            let z = max(subnet.ema_tao_flow - floor, 0 TAO/block)
            let share = z / sum(all z where subnet.subtoken_enabled)

            rule TF-01 "Gets a share"
              require share > 1 % and rank(all subnet.ema_tao_flow) <= 64
            """);
        Assert.Empty(BindingHarness.Lines(diagnostics));
        Golden.Verify("taoflow.bound", BoundTreePrinter.Print(package));
    }
}
