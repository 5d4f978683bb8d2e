using Tao.Rules.Cli.Output;

namespace Tao.Rules.Cli.Tests;

/// <summary><see cref="StagedReportFolder"/>: nothing lands before the commit, a failed run leaves the folder as it was.</summary>
public sealed class StagedReportFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(_temp.Path, "out");

    [Fact]
    public void Files_appear_only_when_committed_and_replace_the_previous_ones()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "old index");
        File.WriteAllText(Path.Combine(Out, "kept.md"), "from an earlier run");

        using (var folder = StagedReportFolder.Open(Out, out var failure)!)
        {
            Assert.Null(failure);
            folder.Write("index.html", w => w.WriteLine("new index"));
            folder.Write("results.csv", w => w.Write("a,b"));
            Assert.Equal("old index", File.ReadAllText(Path.Combine(Out, "index.html")));
            Assert.False(File.Exists(Path.Combine(Out, "results.csv")));
            Assert.Null(folder.Commit());
        }

        Assert.Equal("new index\n", File.ReadAllText(Path.Combine(Out, "index.html")));
        Assert.Equal("a,b", File.ReadAllText(Path.Combine(Out, "results.csv")));
        Assert.Equal("from an earlier run", File.ReadAllText(Path.Combine(Out, "kept.md")));
        Assert.Empty(Directory.GetFiles(Out, "*.tmp"));
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark()
    {
        using (var folder = StagedReportFolder.Open(Out, out _)!)
        {
            folder.Write("index.html", w => w.Write("Zürich · 東京"));
            Assert.Null(folder.Commit());
        }

        Assert.Equal("Zürich · 東京"u8.ToArray(), File.ReadAllBytes(Path.Combine(Out, "index.html")));
    }

    [Fact]
    public void An_uncommitted_run_leaves_the_previous_report_and_no_temporary_file()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "old index");

        using (var folder = StagedReportFolder.Open(Out, out _)!)
        {
            folder.Write("index.html", w => w.Write("half a pa"));
        }

        Assert.Equal("old index", File.ReadAllText(Path.Combine(Out, "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(Out).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void An_uncommitted_run_removes_the_folder_it_created()
    {
        using (var folder = StagedReportFolder.Open(Out, out _)!)
        {
            folder.Write("index.html", w => w.Write("x"));
        }

        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_uncommitted_run_removes_every_folder_it_created_and_no_other()
    {
        var nested = Path.Combine(_temp.Path, "reports", "2026", "out");
        using (var folder = StagedReportFolder.Open(nested, out _)!)
        {
            folder.Write("index.html", w => w.Write("x"));
        }

        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "reports")));
        Assert.True(Directory.Exists(_temp.Path));
    }

    [Fact]
    public void A_committed_run_keeps_the_folders_it_created()
    {
        var nested = Path.Combine(_temp.Path, "reports", "out");
        using (var folder = StagedReportFolder.Open(nested, out _)!)
        {
            folder.Write("index.html", w => w.Write("x"));
            Assert.Null(folder.Commit());
        }

        Assert.Equal("x", File.ReadAllText(Path.Combine(nested, "index.html")));
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_TAO8006_and_stays()
    {
        File.WriteAllText(Out, "mine");
        Assert.Null(StagedReportFolder.Open(Out, out var failure));
        Assert.Contains("error TAO8006: cannot write the report to", failure!.ToString(), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Out));
    }

    [Fact]
    public void A_write_that_fails_is_reported_by_the_commit_and_nothing_is_renamed()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "old index");
        using (var folder = StagedReportFolder.Open(Out, out _)!)
        {
            folder.Write("index.html", w => w.Write("new index"));
            folder.Write("results.json", _ => throw new IOException("No space left on device"));
            folder.Write("results.csv", w => w.Write("after the failure"));

            var failure = folder.Commit();
            Assert.NotNull(failure);
            Assert.Contains("error TAO8006: cannot write the report to", failure.ToString(), StringComparison.Ordinal);
            Assert.Contains("No space left on device", failure.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal("old index", File.ReadAllText(Path.Combine(Out, "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(Out).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void Files_written_from_many_threads_all_land()
    {
        using (var folder = StagedReportFolder.Open(Out, out _)!)
        {
            Parallel.For(0, 32, i => folder.Write($"page-{i:D2}.md", w => w.Write(new string('x', 100_000 + i))));
            Assert.Null(folder.Commit());
        }

        var files = Directory.GetFiles(Out).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(32, files.Length);
        Assert.All(files.Select((f, i) => (f, i)), p => Assert.Equal(100_000 + p.i, new FileInfo(p.f).Length));
    }
}
