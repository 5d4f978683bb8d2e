using System.Globalization;
using System.Text;
using Tao.Rules.Analysis;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Binding;

/// <summary>
/// A generated 1,000-rule pack with 1,000 chained lets binds and lints cleanly. How fast is measured in bench/
/// (ParseAndBindBenchmarks), never here.
/// </summary>
public sealed class LargePackTests
{
    /// <summary>A pack of <paramref name="rules"/> rules over the asset schema, with lets chained through each other.</summary>
    internal static string Generate(int rules)
    {
        var text = new StringBuilder("package gen.large\n  title \"Generated\"\n  applies to asset\n  effective 2026-01-01\n\n");
        text.Append("param min_cap = 1_000_000 USD\nparam min_cold = 95 %\n");
        for (var i = 0; i < rules; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"let derived_{n} = asset.market_cap / (asset.adv_30d + {i + 1} USD)\n");
            text.Append(CultureInfo.InvariantCulture, $"rule GEN-{n} \"Generated rule {i}\"\n  severity major\n  cite \"Generated\"\n  tags [\"gen\"]\n");
            text.Append("  when asset.asset_type in [\"native\", \"token\"] and not asset.has_privacy_feature\n");
            text.Append(CultureInfo.InvariantCulture, $"  require asset.market_cap >= min_cap and asset.custody_cold_ratio >= min_cold and derived_{n} > {i % 7} and asset.first_domestic_listing + 6 months <= as_of\n");
            text.Append(CultureInfo.InvariantCulture, $"  because \"{{asset.name}} has {{asset.market_cap}} market cap ({{derived_{n}}})\"\n\n");
            text.Append(CultureInfo.InvariantCulture, $"test \"t{n}\"\n  given asset {{ symbol: \"A{n}\", market_cap: {i + 1}_000 USD, asset_type: \"token\" }}\n  expect GEN-{n} fail\n\n");
        }

        return text.ToString();
    }

    [Fact]
    public void A_thousand_rule_pack_binds_and_lints_cleanly()
    {
        var source = SourceText.From(Generate(1_000), "large.rules");
        var tree = RuleParser.ParseFile(source);
        var diagnostics = new DiagnosticBag();

        var package = Binder.Bind(tree, ShippedSchemas.Load(), diagnostics);
        RuleLinter.Lint(package, diagnostics);

        Assert.Empty(tree.Diagnostics);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Equal(1_000, package.Rules.Count);
        Assert.Equal(1_000, package.Lets.Count);
    }
}
