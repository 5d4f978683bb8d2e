using System.Globalization;
using Microsoft.Data.Sqlite;
using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;

namespace Tao.Rules.History;

/// <summary>Appends one run to a history: every row of it in one transaction, or none.</summary>
internal static class RunWriter
{
    /// <summary>How many outcome rows are written between two checks of the cancellation token.</summary>
    private const int CancellationStride = 1024;

    public static bool TryAppend(HistoryStore store, RunRecord run, DiagnosticBag diagnostics, out long runNumber, CancellationToken cancellationToken)
    {
        runNumber = 0;
        var connection = store.Connection;
        try
        {
            BusyRetry.Run(() => HistoryStore.Execute(connection, "BEGIN IMMEDIATE;"), store.BusyTimeout);
        }
        catch (TimeoutException)
        {
            diagnostics.Add(store.BusyError());
            return false;
        }
        catch (SqliteException exception)
        {
            diagnostics.Add(store.Error(DiagnosticCatalog.RunNotRecorded, HistoryStore.Describe(exception)));
            return false;
        }

        try
        {
            runNumber = InsertRun(connection, run);
            InsertPacks(connection, runNumber, run.Packs);
            InsertOutcomes(connection, runNumber, run, cancellationToken);
            HistoryStore.Execute(connection, "COMMIT;");
            return true;
        }
        catch (SqliteException exception)
        {
            HistoryStore.RollBack(connection);
            runNumber = 0;
            diagnostics.Add(BusyRetry.IsBusy(exception) ? store.BusyError() : store.Error(DiagnosticCatalog.RunNotRecorded, HistoryStore.Describe(exception)));
            return false;
        }
        catch
        {
            // Cancelled, or the outcomes could not be produced: the run did not happen as far as the history knows.
            HistoryStore.RollBack(connection);
            runNumber = 0;
            throw;
        }
    }

    private static long InsertRun(SqliteConnection connection, RunRecord run)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (as_of, facts, facts_sha256, waivers_sha256, tool_version, recorded_at)
            VALUES ($as_of, $facts, $facts_sha256, $waivers_sha256, $tool_version, $recorded_at)
            RETURNING run;
            """;
        command.Parameters.AddWithValue("$as_of", FactDates.Format(run.AsOf));
        command.Parameters.AddWithValue("$facts", run.Facts);
        command.Parameters.AddWithValue("$facts_sha256", run.FactsSha256);
        command.Parameters.AddWithValue("$waivers_sha256", (object?)run.WaiversSha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$tool_version", run.ToolVersion);
        command.Parameters.AddWithValue("$recorded_at", run.RecordedAt is { } at ? at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) : DBNull.Value);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void InsertPacks(SqliteConnection connection, long runNumber, IReadOnlyList<PackRecord> packs)
    {
        using var pack = Prepare(connection, "INSERT INTO packs (run, pack, version, source_sha256, schema_sha256) VALUES ($run, $pack, $version, $source, $schema);", runNumber, "$pack", "$version", "$source", "$schema");
        using var param = Prepare(connection, "INSERT INTO params (run, pack, name, value, overridden) VALUES ($run, $pack, $name, $value, $overridden);", runNumber, "$pack", "$name", "$value", "$overridden");
        foreach (var record in packs)
        {
            Run(pack, record.Name, (object?)record.Version ?? DBNull.Value, record.SourceSha256, record.SchemaSha256);
            foreach (var value in record.Params)
            {
                Run(param, record.Name, value.Name, value.Value, value.Overridden ? 1 : 0);
            }
        }
    }

    private static void InsertOutcomes(SqliteConnection connection, long runNumber, RunRecord run, CancellationToken cancellationToken)
    {
        var rulesOf = run.Packs.ToDictionary(p => p.Name, p => p.Rules, StringComparer.Ordinal);
        using var outcome = Prepare(connection, "INSERT INTO outcomes (entity, pack, rule, run, outcome, severity) VALUES ($entity, $pack, $rule, $run, $outcome, $severity);", runNumber, "$entity", "$pack", "$rule", "$outcome", "$severity");
        using var verdict = Prepare(connection, "INSERT INTO verdicts (entity, pack, run, verdict) VALUES ($entity, $pack, $run, $verdict);", runNumber, "$entity", "$pack", "$verdict");
        var written = 0;
        foreach (var entity in run.Outcomes)
        {
            if (!rulesOf.TryGetValue(entity.Pack, out var rules) || rules.Count != entity.Outcomes.Count)
            {
                throw new ArgumentException($"The outcomes of '{entity.Entity}' do not follow the rules of pack '{entity.Pack}' in the run's pack list.", nameof(run));
            }

            for (var i = 0; i < rules.Count; i++)
            {
                Run(outcome, entity.Entity, entity.Pack, rules[i].Id, Keywords.Of(entity.Outcomes[i]), Keywords.Of(rules[i].Severity));
                if (++written % CancellationStride == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            Run(verdict, entity.Entity, entity.Pack, Keywords.Of(entity.Verdict));
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>A prepared insert whose <c>$run</c> is fixed and whose other parameters are set per row by <see cref="Run"/>.</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, string sql, long runNumber, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$run", runNumber);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i + 1].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
