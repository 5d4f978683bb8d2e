using System.Text.Json;
using Tao.Rules.Analyzers.Tests.Infrastructure;
using Tao.Rules.Packs;
using Tao.Rules.Tests;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>rules/Tao.Rules.Packs.csproj: every shipped file is linted by the analyzer and embedded for the hosts.</summary>
public sealed class ShippedPacksTests
{
    [Fact]
    public void The_assembly_embeds_every_shipped_rule_and_schema_file_as_it_is_on_disk()
    {
        var onDisk = ShippedRuleFiles.Read();
        var embedded = ShippedPacks.Sources().Select(s => (s.Path, s.Content)).ToArray();

        Assert.Equal(onDisk.Select(f => f.Path), embedded.Select(f => f.Path));
        Assert.Equal(onDisk.Select(f => f.Text.Replace("\r\n", "\n", StringComparison.Ordinal)), embedded.Select(f => f.Content.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.Contains("rules/japan/listing.rules", embedded.Select(f => f.Path));
        Assert.Contains("rules/schema/asset.schema.yaml", embedded.Select(f => f.Path));
    }

    [Fact]
    public void The_shipped_packs_compile_without_a_diagnostic()
    {
        var compilation = ShippedPacks.Compile();

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(
            ShippedRuleFiles.Read().Count(f => RuleFileKinds.Classify(f.Path) is RuleFileKind.DslRules or RuleFileKind.YamlRules),
            compilation.Packages.Count);
    }

    /// <summary>What the build hands the analyzer: MSBuild's own evaluation of the project, so a file left out shows.</summary>
    [Fact]
    [Trait("Speed", "Slow")]
    public void The_project_gives_the_analyzer_every_shipped_rule_and_schema_file()
    {
        var project = Path.Combine(RepositoryRoot.Path, "rules", "Tao.Rules.Packs.csproj");
        var (exitCode, output) = DotnetProcess.Run(RepositoryRoot.Path, TimeSpan.FromMinutes(2), "msbuild", project, "-getItem:AdditionalFiles", "-nodeReuse:false");
        Assert.True(exitCode == 0, output);

        using var json = JsonDocument.Parse(output);
        var listed = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => "rules/" + Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "rules"), item.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(ShippedRuleFiles.Read().Select(f => f.Path), listed);
    }
}
