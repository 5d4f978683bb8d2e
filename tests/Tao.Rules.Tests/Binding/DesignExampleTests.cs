using Tao.Rules.Binding;
using Tao.Rules.Tests.Infrastructure;

namespace Tao.Rules.Tests.Binding;

public sealed class DesignExampleTests
{
    /// <summary>The DESIGN.md §3 example, kept once in the parser's samples.</summary>
    private static readonly string Example = File.ReadAllText(
        Path.Combine(RepositoryRoot.Path, "tests", "Tao.Rules.Tests", "Parsing", "Samples", "jvcea.rules"));

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
