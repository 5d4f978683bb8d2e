#if !DEBUG
using Tao.Rules.Tests;

namespace Tao.Rules.Cli.Tests;

/// <summary>
/// Release builds of this repository run precompiled (eng/ReadyToRun.targets): the tool beside every assembly it loads,
/// and the rule-file analyzer's dependencies as the compiler loads them (those in every configuration). Only compiled
/// in Release, where the tool is precompiled; a host where crossgen2 could not run fails here rather than silently
/// running slower.
/// </summary>
public sealed class ReadyToRunBuildTests
{
    [Theory]
    [InlineData("tao-rules.dll")]
    [InlineData("Tao.Rules.dll")]
    [InlineData("Tao.Rules.Reporting.dll")]
    [InlineData("Scriban.Signed.dll")]
    [InlineData("YamlDotNet.dll")]
    [InlineData("Sprache.dll")]
    public void The_release_tool_folder_holds_precompiled_assemblies(string assembly)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Tao.Rules.Cli", "bin", "Release", "net10.0", assembly);
        Assert.True(ReadyToRunImage.IsPrecompiled(path), path + " is IL only");
    }

    [Fact]
    public void The_analyzer_dependencies_the_compiler_loads_are_precompiled()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "analyzers", "Tao.Rules.Analyzers", "obj", "Release", "netstandard2.0", "R2R");
        Assert.Equal(["Sprache.dll", "Tao.Rules.dll", "YamlDotNet.dll"], Directory.GetFiles(folder, "*.dll").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.All(Directory.GetFiles(folder, "*.dll"), path => Assert.True(ReadyToRunImage.IsPrecompiled(path), path + " is IL only"));
    }

    [Fact]
    public void The_il_the_tool_was_built_from_stays_il()
    {
        // Tests and other projects reference the core from its own output: it must stay plain IL there.
        var core = Path.Combine(RepositoryRoot.Path, "src", "Tao.Rules", "bin", "Release", "net10.0", "Tao.Rules.dll");
        Assert.False(ReadyToRunImage.IsPrecompiled(core), core + " was precompiled in place");
    }
}
#endif
