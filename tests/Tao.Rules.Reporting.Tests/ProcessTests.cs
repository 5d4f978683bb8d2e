using Tao.Rules.Cli.Tests;
using Tao.Rules.Tests;

namespace Tao.Rules.Reporting.Tests;

/// <summary><c>tao-rules report</c> as a real process, as a user runs it.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void With_no_arguments_in_a_clone_it_writes_out_and_names_files_relative_to_the_clone()
    {
        CopyFolder(Path.Combine(RepositoryRoot.Path, "rules"), Path.Combine(_folder.Path, "rules"));
        CopyFolder(Path.Combine(RepositoryRoot.Path, "templates"), Path.Combine(_folder.Path, "templates"));

        var result = CliRun.AsProcess(_folder.Path, null, "report");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.EndsWith("Open out/index.html", result.Out.TrimEnd(), StringComparison.Ordinal);
        var japan = File.ReadAllText(Path.Combine(_folder.Path, "out", "jp.listing.html"));
        Assert.Contains("<dt>Rules</dt><dd>rules/japan/listing.rules</dd>", japan, StringComparison.Ordinal);
        Assert.Contains("<dt>Facts</dt><dd>rules/samples/assets.yaml", japan, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "out", "index.html")));
    }

    [Fact]
    public void Outside_a_clone_it_uses_the_packs_samples_and_templates_the_tool_carries()
    {
        // The tool carries the samples and templates as files, and the packs only embedded in Tao.Rules.Packs.dll
        // (checked by the analyzer when it was built): the report below can only have come from those.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.rules", SearchOption.AllDirectories));

        var result = CliRun.AsProcess(_folder.Path, null, "report", "--out", "report");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("jp.listing         2026.1   asset   40        15     4               17       4", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "report", "index.html")));
    }

    [Fact]
    public void Output_is_byte_identical_under_the_C_german_and_turkish_locales()
    {
        var snapshots = new[] { "C", "de_DE.UTF-8", "tr_TR.UTF-8" }.Select(locale =>
        {
            var environment = new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false" };
            var result = CliRun.AsProcess(_folder.Path, environment, "report", "--out", locale, "--param", "jp.listing.min_cold_custody=95.5 %");
            Assert.True(result.ExitCode == 0, result.Error);
            var folder = Path.Combine(_folder.Path, locale);
            return Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        }).ToList();

        Assert.Equal(15, snapshots[0].Count);
        foreach (var snapshot in snapshots.Skip(1))
        {
            Assert.Equal(snapshots[0].Select(f => f.Item1), snapshot.Select(f => f.Item1));
            Assert.All(snapshot.Zip(snapshots[0]), pair => Assert.True(pair.First.Item2.AsSpan().SequenceEqual(pair.Second.Item2), pair.First.Item1 + " differs"));
        }
    }

    [Fact]
    public void TAO8006_page_example()
    {
        _folder.Write("README.md", "mine\n");
        var examples = DiagnosticPageTests.Blocks("TAO8006", "text");
        var result = CliRun.AsProcess(_folder.Path, null, examples[0].Trim().Split(' ').Skip(1).ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(examples[1].TrimEnd('\n'), result.Error.Split('\n').Single(l => l.Contains("TAO8006", StringComparison.Ordinal)));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(_folder.Path, "README.md")));

        var fixedRun = CliRun.AsProcess(_folder.Path, null, examples[2].Trim().Split(' ').Skip(1).ToArray());
        Assert.Equal(0, fixedRun.ExitCode);
    }
}
