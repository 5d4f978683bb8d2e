using System.Text.RegularExpressions;
using Tao.Rules.Analyzers.Tests.Infrastructure;
using Tao.Rules.Cli.Tests;
using Tao.Rules.Tests;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>
/// The slow one (about a minute): packs the analyzer, makes a fresh consumer project that takes the package from a local
/// folder (and the machine's usual feed for anything else), and builds it with a broken and then with a clean rule file.
/// Run it alone with <c>--filter "Speed=Slow"</c>, or leave it out with <c>--filter "Speed!=Slow"</c>.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class PackageEndToEndTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void A_consumer_of_the_package_fails_its_build_on_a_broken_rule_file_and_passes_on_a_clean_one()
    {
        using var temp = new TempFolder();
        // A version no cache has seen, and a packages folder of its own: never a stale package from an earlier run.
        var version = "0.1.0-e2e." + Guid.NewGuid().ToString("N")[..12];
        var feed = Path.Combine(temp.Path, "feed");
        var project = Path.Combine(RepositoryRoot.Path, "analyzers", "Tao.Rules.Analyzers", "Tao.Rules.Analyzers.csproj");
        var pack = DotnetProcess.Run(temp.Path, Timeout, "pack", project, "-c", Configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Path.Combine(feed, $"Tao.Rules.Analyzers.{version}.nupkg");
        Assert.True(File.Exists(package), pack.Output);
        AssertPackageLayout(package);

        var consumer = Path.Combine(temp.Path, "consumer");
        temp.Write("consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(temp.Path, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tao.Rules.Analyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        // The local folder on top of the machine's own sources (in CI, only the NuGet feed is reachable).
        temp.Write("consumer/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="tao-rules-e2e" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        temp.Write("consumer/Host.cs", "internal static class Host { }\n");
        // The SDK picks up a .globalconfig beside the project on its own.
        temp.Write("consumer/.globalconfig", "is_global = true\ndotnet_diagnostic.TAO4002.severity = none\n");
        temp.Write("consumer/rules/bad.rules", RuleFileFixtures.CleanDsl.Replace("100000000 USD", "100000000 USDX", StringComparison.Ordinal));

        var broken = DotnetProcess.Run(consumer, Timeout, "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(BrokenLine(), broken.Output);

        File.Delete(Path.Combine(consumer, "rules", "bad.rules"));
        temp.Write("consumer/rules/good.rules", RuleFileFixtures.CleanDsl);
        // A rule without a citation: TAO4002 is a warning, silenced by the .globalconfig, so -warnaserror still passes.
        temp.Write("consumer/rules/uncited.rules", RuleFileFixtures.CleanDsl
            .Replace("demo.clean", "demo.uncited", StringComparison.Ordinal)
            .Replace("  cite \"Internal listing policy 1.1\"\n", string.Empty, StringComparison.Ordinal));
        var clean = DotnetProcess.Run(consumer, Timeout, "build", "-warnaserror", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.DoesNotContain("TAO", clean.Output, StringComparison.Ordinal);
    }

    private static void AssertPackageLayout(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var dll in new[] { "Tao.Rules.Analyzers.dll", "Tao.Rules.Analyzers.CodeFixes.dll", "Tao.Rules.dll", "Sprache.dll", "YamlDotNet.dll" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + dll, entries);

            // The package loads in every IDE and on every OS: no code precompiled for the machine that packed it.
            using var assembly = new MemoryStream();
            using (var entry = zip.GetEntry("analyzers/dotnet/cs/" + dll)!.Open())
            {
                entry.CopyTo(assembly);
            }

            assembly.Position = 0;
            Assert.False(ReadyToRunImage.IsPrecompiled(assembly), dll + " is packed precompiled");
        }

        Assert.Contains("buildTransitive/Tao.Rules.Analyzers.props", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependencies>", manifest, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"bad\.rules\(7,41\): error TAO1005: unknown unit 'USDX'; did you mean 'USD'\?")]
    private static partial Regex BrokenLine();
}
