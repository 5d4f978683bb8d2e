using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Tao.Rules.Cli.Tests;

/// <summary>The real executable, killed while it evaluates and records: the history must only ever hold whole runs.</summary>
public sealed class HistoryKillTests : IDisposable
{
    private const int Entities = 5_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_process_killed_at_any_moment_leaves_only_whole_runs()
    {
        var rules = _folder.Write("rules/demo.rules", EvaluationSamples.Pack);
        var facts = new StringBuilder("{\"kind\": \"asset\", \"as_of\": \"2026-01-09\"}\n");
        for (var i = 0; i < Entities; i++)
        {
            facts.Append(CultureInfo.InvariantCulture, $"{{\"symbol\": \"A{i}\", \"market_cap\": {i * 10_000}, \"adv_30d\": 5000000, \"domestic_handler_count\": {i % 5}, \"has_privacy_feature\": {(i % 7 == 0 ? "true" : "false")}}}\n");
        }

        var factsPath = _folder.Write("facts/assets.jsonl", facts.ToString());
        var db = Path.Combine(_folder.Path, "history.db");
        string[] args = ["eval", "--rules", rules, "--facts", factsPath, "--format", "csv", "--record", db];

        // One whole run first, to learn how long a run takes; then runs killed at later and later moments of it, the
        // last ones while the run is being written.
        var whole = Stopwatch.StartNew();
        Assert.Equal(0, Start(args).WaitForExitOrKill(TimeSpan.FromSeconds(120)));
        var duration = whole.Elapsed;
        foreach (var fraction in new[] { 0.5, 0.8, 0.9, 0.95, 0.98 })
        {
            using var process = Start(args);
            Thread.Sleep(duration * fraction);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        Assert.Equal("ok", Query(connection, "PRAGMA integrity_check;").Single());
        var runs = Query(connection, "SELECT run FROM runs ORDER BY run;");
        Assert.NotEmpty(runs);
        Assert.Equal(runs.Select(_ => (Entities * 3).ToString(CultureInfo.InvariantCulture)), Query(connection, "SELECT count(*) FROM outcomes GROUP BY run ORDER BY run;"));
        Assert.Equal(runs.Select(_ => Entities.ToString(CultureInfo.InvariantCulture)), Query(connection, "SELECT count(*) FROM verdicts GROUP BY run ORDER BY run;"));
        Assert.Equal(runs.Select(_ => "1"), Query(connection, "SELECT count(*) FROM packs GROUP BY run ORDER BY run;"));
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tao-rules.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        // Drain both pipes, so that a full pipe never holds the process up.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}

/// <summary>Waits for a process with a limit, killing it when the limit passes.</summary>
internal static class ProcessWaiting
{
    public static int WaitForExitOrKill(this Process process, TimeSpan limit)
    {
        using (process)
        {
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("tao-rules did not finish in " + limit.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
            }

            return process.ExitCode;
        }
    }
}
