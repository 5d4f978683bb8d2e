using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Binding;

/// <summary>YAML packs bind like DSL packs, and binding diagnostics point into the YAML file.</summary>
public sealed class YamlBindingTests
{
    private static IReadOnlyList<Diagnostic> Bind(string yaml)
    {
        var tree = YamlRuleParser.Parse(SourceText.From(yaml, "demo.rules.yaml"));
        Assert.Empty(tree.Diagnostics.Select(d => d.ToString()));
        var diagnostics = new DiagnosticBag();
        Binder.Bind(tree, ShippedSchemas.Load(), diagnostics);
        return diagnostics.ToSortedList();
    }

    [Fact]
    public void Unknown_field_in_a_yaml_require_is_reported_at_its_line_and_column_in_the_yaml_file()
    {
        var diagnostics = Bind("package: demo\napplies_to: asset\nrules:\n  - id: DEMO-01\n    title: Large enough\n    require: asset.market_kap >= 1_000_000 USD\n");
        Assert.Equal(
            ["demo.rules.yaml(6,20): error TAO3001: unknown field 'asset.market_kap'; did you mean 'asset.market_cap'?"],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_yaml_sample_binds_cleanly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Yaml", "Samples", "jvcea.rules.yaml");
        Assert.Empty(Bind(File.ReadAllText(path)).Select(d => d.ToString()));
    }
}
