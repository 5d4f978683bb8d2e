using Tao.Rules.Analyzers.RuleFiles;
using Tao.Rules.Analyzers.Tests.Infrastructure;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace Tao.Rules.Analyzers.Tests;

/// <summary>Unchanged files are not read or parsed again by a later run; the cache stays bounded.</summary>
public sealed class RuleFileCacheTests
{
    [Fact]
    public async Task A_second_run_reuses_the_tree_of_an_unchanged_file_and_parses_a_changed_one()
    {
        // Unique paths and text: other tests share the process-wide cache.
        var id = Guid.NewGuid().ToString("N");
        var stablePath = $"/cache/{id}/stable.rules";
        var editedPath = $"/cache/{id}/edited.rules";
        var stable = RuleFileFixtures.CleanDsl.Replace("demo.clean", "demo.stable", StringComparison.Ordinal);
        var edited = RuleFileFixtures.CleanDsl.Replace("demo.clean", "demo.edited", StringComparison.Ordinal);

        Assert.Empty(await AnalyzerRun.DiagnosticsAsync((stablePath, stable), (editedPath, edited)));
        var first = RuleFileCache.Shared.Peek(stablePath, Utf8(stable));
        Assert.NotNull(first);
        Assert.True(first.IsParsed);
        Assert.Equal(0, first.Reuses);
        var firstTree = first.Tree;

        var editedAgain = edited.Replace("100000000 USD", "100000000 USDX", StringComparison.Ordinal);
        var second = await AnalyzerRun.DiagnosticsAsync((stablePath, stable), (editedPath, editedAgain));

        Assert.Equal("TAO1005", Assert.Single(second).Id);
        var reused = RuleFileCache.Shared.Peek(stablePath, Utf8(stable));
        Assert.Same(first, reused);
        Assert.Same(firstTree, reused!.Tree);
        Assert.Equal(1, reused.Reuses);
        var reparsed = RuleFileCache.Shared.Peek(editedPath, Utf8(editedAgain));
        Assert.NotNull(reparsed);
        Assert.Equal(0, reparsed.Reuses);
        Assert.NotSame(RuleFileCache.Shared.Peek(editedPath, Utf8(edited)), reparsed);
    }

    [Fact]
    public void The_same_text_at_another_path_is_another_entry()
    {
        var cache = new RuleFileCache();
        var text = RoslynText.From(RuleFileFixtures.CleanDsl);
        var a = cache.Get("/x/a.rules", text);
        var b = cache.Get("/x/b.rules", text);
        Assert.NotSame(a, b);
        Assert.Equal("/x/b.rules", b.Source!.Path);
        Assert.Same(a, cache.Get("/x/a.rules", RoslynText.From(RuleFileFixtures.CleanDsl)));
    }

    [Fact]
    public void The_cache_drops_its_oldest_entries_past_its_capacity()
    {
        var cache = new RuleFileCache();
        for (var i = 0; i < RuleFileCache.Capacity + 40; i++)
        {
            cache.Get($"/bounded/{i}.rules", RoslynText.From($"package p{i}\n"));
        }

        Assert.Equal(RuleFileCache.Capacity, cache.Count);
        Assert.Null(cache.Peek("/bounded/0.rules", RoslynText.From("package p0\n")));
        var last = RuleFileCache.Capacity + 39;
        Assert.NotNull(cache.Peek($"/bounded/{last}.rules", RoslynText.From($"package p{last}\n")));
    }

    [Fact]
    public void Reading_through_the_cache_applies_the_CLI_readers_checks()
    {
        var entry = new RuleFileCache().Get("/x/nul.rules", RoslynText.From("package p\n\0"));
        Assert.Null(entry.Source);
        Assert.Equal("/x/nul.rules(2,1): error TAO1010: the file contains the control character U+0000, which is not allowed in rule files", Assert.Single(entry.ReadDiagnostics).ToString());
    }

    /// <summary>The text as the compiler gives it for a UTF-8 file (the hash covers the encoded bytes).</summary>
    private static RoslynText Utf8(string content) => RoslynText.From(content, System.Text.Encoding.UTF8);
}
