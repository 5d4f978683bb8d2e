using Tao.Rules.Cli.Tests;
using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;

namespace Tao.Rules.History.Tests;

/// <summary>A file that is not a history this version can use is refused with a diagnostic, and left as it was.</summary>
public sealed class RefusedFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_text_file_is_refused_with_TAO9005()
    {
        var path = _folder.Write("history.db", "run,outcome\n1,pass\n" + new string('x', 200));

        var diagnostic = AssertRefused(path, "TAO9005");

        Assert.Equal(path + "(1,1): error TAO9005: this file is not a readable SQLite database (it does not start with the SQLite header); it was left as it is", diagnostic.ToString());
    }

    [Fact]
    public void A_file_shorter_than_an_sqlite_header_is_refused_with_TAO9005()
    {
        var path = _folder.Write("history.db", "SQLite");

        var diagnostic = AssertRefused(path, "TAO9005");

        Assert.Contains("it is 6 bytes long, shorter than an SQLite header", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupted_history_is_refused_with_TAO9005()
    {
        var path = Path.Combine(_folder.Path, "history.db");
        Record(path);
        var bytes = File.ReadAllBytes(path);
        // Keep the 100-byte file header (so that the file still claims to be SQLite) and wreck the schema page after it.
        for (var i = 100; i < 4096 && i < bytes.Length; i++)
        {
            bytes[i] = 0xA5;
        }

        File.WriteAllBytes(path, bytes);

        var diagnostic = AssertRefused(path, "TAO9005");

        Assert.Contains("malformed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_sqlite_database_of_another_application_is_refused_with_TAO9007()
    {
        var path = Path.Combine(_folder.Path, "other.db");
        RawDatabase.Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5);");

        var diagnostic = AssertRefused(path, "TAO9007");

        Assert.Equal(path + "(1,1): error TAO9007: this SQLite database is not a Tao.Rules history (its application_id is 0, not 1413566290); it was left as it is: give another file", diagnostic.ToString());
        Assert.Equal(1, RawDatabase.Scalar(path, "SELECT count(*) FROM invoices;"));
    }

    [Fact]
    public void A_history_of_a_newer_schema_is_refused_with_TAO9006()
    {
        var path = Path.Combine(_folder.Path, "history.db");
        Record(path);
        RawDatabase.Execute(path, "PRAGMA user_version = 2;");

        var diagnostic = AssertRefused(path, "TAO9006");

        Assert.Equal("this history has schema version 2, but this tao-rules reads versions 1 to 1; record and read it with a newer tao-rules", diagnostic.Message);
    }

    [Fact]
    public void Reading_an_empty_file_is_refused_with_TAO9007_and_does_not_create_a_history()
    {
        var path = _folder.Write("history.db", string.Empty);
        var diagnostics = new DiagnosticBag();

        var store = HistoryStore.OpenExisting(path, diagnostics);

        Assert.Null(store);
        Assert.Equal("this SQLite database is not a Tao.Rules history (it is empty); it was left as it is: give another file", Assert.Single(diagnostics).Message);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void Reading_a_missing_file_does_not_create_one()
    {
        var path = Path.Combine(_folder.Path, "missing.db");

        Assert.Throws<FileNotFoundException>(() => HistoryStore.OpenExisting(path, new DiagnosticBag()));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_reported_with_TAO9009()
    {
        var file = _folder.Write("plain.txt", "a file where a folder should be");
        var path = Path.Combine(file, "history.db");
        var diagnostics = new DiagnosticBag();

        var store = HistoryStore.OpenOrCreate(path, diagnostics);

        Assert.Null(store);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("TAO9009", path), (diagnostic.Id, diagnostic.Location.Path));
        Assert.Equal("a file where a folder should be", File.ReadAllText(file));
    }

    /// <summary>Opens the file both ways; each must refuse it with <paramref name="id"/> and change none of its bytes.</summary>
    private static Diagnostic AssertRefused(string path, string id)
    {
        var before = File.ReadAllBytes(path);
        var siblings = Directory.GetFiles(Path.GetDirectoryName(path)!).Order().ToArray();
        Diagnostic? first = null;
        foreach (var open in new Func<string, DiagnosticBag, HistoryStore?>[] { (p, d) => HistoryStore.OpenOrCreate(p, d), (p, d) => HistoryStore.OpenExisting(p, d) })
        {
            var diagnostics = new DiagnosticBag();
            var store = open(path, diagnostics);
            Assert.Null(store);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(path, diagnostic.Location.Path);
            first ??= diagnostic;
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(siblings, Directory.GetFiles(Path.GetDirectoryName(path)!).Order().ToArray());
        return first!;
    }

    private static void Record(string path)
    {
        using var store = HistoryStore.OpenOrCreate(path, new DiagnosticBag())!;
        Assert.True(store.TryAppend(SampleRuns.Run("2026-01-09", Outcome.Pass), new DiagnosticBag(), out _));
    }
}
