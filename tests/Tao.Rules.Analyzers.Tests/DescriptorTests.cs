using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Tao.Rules.Analyzers.RuleFiles;
using Tao.Rules.Diagnostics;
using Tao.Rules.Tests;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>The analyzer's descriptors are the catalog's, and the release-tracking files list exactly them.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticCategory[] CheckedFamilies =
        [DiagnosticCategory.Syntax, DiagnosticCategory.Yaml, DiagnosticCategory.Binding, DiagnosticCategory.Hygiene];

    [Fact]
    public void There_is_one_descriptor_per_catalog_id_of_the_checked_families_with_its_title_category_and_severity()
    {
        // TAO3017-TAO3019 are about loading a --functions assembly, which no rule file can cause.
        var catalog = DiagnosticCatalog.All.Where(d => CheckedFamilies.Contains(d.Category) && d.Id is not ("TAO3017" or "TAO3018" or "TAO3019")).ToList();
        var analyzer = new RuleFileAnalyzer().SupportedDiagnostics;

        Assert.Equal(catalog.Select(d => d.Id), analyzer.Select(d => d.Id));
        foreach (var (core, roslyn) in catalog.Zip(analyzer))
        {
            Assert.Equal(core.Title, roslyn.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(core.Category.ToString(), roslyn.Category);
            Assert.Equal(RoslynSeverity(core.DefaultSeverity), roslyn.DefaultSeverity);
            Assert.True(roslyn.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Every_help_link_is_the_documentation_base_and_an_existing_page()
    {
        foreach (var descriptor in new RuleFileAnalyzer().SupportedDiagnostics)
        {
            var relative = $"docs/diagnostics/{descriptor.Id}.md";
            Assert.Equal(HelpLinks.DocumentationBase + relative, descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, relative)), relative);
        }
    }

    [Fact]
    public void The_release_tracking_files_list_exactly_the_supported_ids()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "analyzers", "Tao.Rules.Analyzers");
        var listed = ReleaseRows(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(ReleaseRows(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        // Every analyzer in the assembly, so that analyzers added later are held to the same rule.
        var supported = typeof(RuleFileAnalyzer).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => (d.Id, d.Category, Severity: d.DefaultSeverity.ToString()))
            .Distinct()
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(supported, listed);
    }

    private static IEnumerable<(string Id, string Category, string Severity)> ReleaseRows(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.StartsWith("TAO", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (cells[0], cells[1], cells[2]));

    private static DiagnosticSeverity RoslynSeverity(Tao.Rules.Diagnostics.DiagnosticSeverity severity) => severity switch
    {
        Tao.Rules.Diagnostics.DiagnosticSeverity.Error => DiagnosticSeverity.Error,
        Tao.Rules.Diagnostics.DiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        Tao.Rules.Diagnostics.DiagnosticSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
