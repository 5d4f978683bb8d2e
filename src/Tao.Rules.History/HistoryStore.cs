using System.Globalization;
using Microsoft.Data.Sqlite;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.History;

/// <summary>
/// An audit history of evaluation runs in one SQLite file (docs/history.md). Runs are appended, one transaction each,
/// and never changed; many processes may append to the same file at once (WAL mode, <c>BEGIN IMMEDIATE</c>, retry while
/// busy). A file that is not a history of this or an older version is refused, with a diagnostic, and left untouched.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    /// <summary>Where <c>eval --record</c> writes when no file is named: relative to the current directory.</summary>
    public static readonly string DefaultPath = Path.Combine(".tao-rules", "history.db");

    /// <summary>How long a writer waits for others to finish by default.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    private HistoryStore(string path, SqliteConnection connection, TimeSpan busyTimeout)
    {
        FilePath = path;
        Connection = connection;
        BusyTimeout = busyTimeout;
    }

    /// <summary>The database file, as given.</summary>
    public string FilePath { get; }

    /// <summary>How long <see cref="TryAppend"/> waits for other writers before it gives up with TAO9008.</summary>
    public TimeSpan BusyTimeout { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>
    /// Opens the history at <paramref name="path"/> for recording, creating the file (and its folder) when it does not
    /// exist. Null, after adding TAO9005, TAO9006 or TAO9007 to <paramref name="diagnostics"/>, when the file is not a
    /// history this version can write to, TAO9008 when other writers hold a new file's lock too long, and TAO9009 when
    /// its folder cannot be created.
    /// </summary>
    public static HistoryStore? OpenOrCreate(string path, DiagnosticBag diagnostics, TimeSpan? busyTimeout = null)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.RunNotRecorded, Location.ForFile(path), exception.Message);
            return null;
        }

        return Open(path, SqliteOpenMode.ReadWriteCreate, diagnostics, busyTimeout ?? DefaultBusyTimeout);
    }

    /// <summary>Opens an existing history to read it; null with a diagnostic as <see cref="OpenOrCreate"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    public static HistoryStore? OpenExisting(string path, DiagnosticBag diagnostics, TimeSpan? busyTimeout = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("No history database at this path.", path);
        }

        return Open(path, SqliteOpenMode.ReadWrite, diagnostics, busyTimeout ?? DefaultBusyTimeout);
    }

    /// <summary>
    /// Appends <paramref name="run"/> in one transaction and returns its run number, one more than any run before it.
    /// False, after TAO9008 (other writers held the file too long) or TAO9009 (SQLite refused), when the run could not
    /// be stored. In every failure — including an exception from <see cref="RunRecord.Outcomes"/> or a cancellation,
    /// which are rethrown — the history holds no part of the run.
    /// </summary>
    public bool TryAppend(RunRecord run, DiagnosticBag diagnostics, out long runNumber, CancellationToken cancellationToken = default) =>
        RunWriter.TryAppend(this, run, diagnostics, out runNumber, cancellationToken);

    /// <summary>The runs in order, without their outcomes.</summary>
    public IReadOnlyList<RecordedRun> Runs() => HistoryReader.Runs(Connection);

    /// <summary>
    /// When <paramref name="entity"/>'s outcomes and verdicts changed: for every rule (and verdict) its first recorded
    /// run, then each run whose value differs from the run before that recorded it. Filtered to one rule or pack when
    /// given; a rule filter leaves verdicts out.
    /// </summary>
    public HistoryTimeline Timeline(string entity, string? rule = null, string? pack = null) =>
        HistoryReader.Timeline(Connection, entity, rule, pack);

    public void Dispose() => Connection.Dispose();

    internal Diagnostic Error(DiagnosticDescriptor descriptor, params object?[] args) =>
        Diagnostic.Create(descriptor, Location.ForFile(FilePath), args);

    /// <summary>TAO9008 for this file and its timeout.</summary>
    internal Diagnostic BusyError() =>
        Error(DiagnosticCatalog.HistoryBusy, BusyTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));

    private static HistoryStore? Open(string path, SqliteOpenMode mode, DiagnosticBag diagnostics, TimeSpan busyTimeout)
    {
        string? problem;
        try
        {
            problem = File.Exists(path) ? SqliteHeader.Problem(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = exception.Message;
        }

        if (problem is not null)
        {
            diagnostics.Add(DiagnosticCatalog.NotAHistoryDatabase, Location.ForFile(path), problem);
            return null;
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // A pooled connection would keep the file open after the command ends.
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString());
        var store = new HistoryStore(path, connection, busyTimeout);
        try
        {
            connection.Open();
            Execute(connection, string.Format(CultureInfo.InvariantCulture, "PRAGMA busy_timeout = {0};", (long)busyTimeout.TotalMilliseconds));
            if (!store.Validate(mode == SqliteOpenMode.ReadWriteCreate, diagnostics))
            {
                store.Dispose();
                return null;
            }

            Execute(connection, "PRAGMA foreign_keys = ON;");
            return store;
        }
        catch (SqliteException exception)
        {
            diagnostics.Add(BusyRetry.IsBusy(exception) ? store.BusyError() : store.Error(DiagnosticCatalog.NotAHistoryDatabase, Describe(exception)));
            store.Dispose();
            return null;
        }
        catch (TimeoutException)
        {
            diagnostics.Add(store.BusyError());
            store.Dispose();
            return null;
        }
    }

    /// <summary>Checks the file is a history of a version this build reads, and creates the tables in a new file.</summary>
    private bool Validate(bool mayCreate, DiagnosticBag diagnostics)
    {
        var (applicationId, version, objects) = ReadIdentity();
        if (applicationId == 0 && version == 0 && objects == 0 && mayCreate)
        {
            Create();
            (applicationId, version, objects) = ReadIdentity();
        }

        if (applicationId != HistorySchema.ApplicationId)
        {
            var what = objects == 0
                ? "it is empty"
                : string.Format(CultureInfo.InvariantCulture, "its application_id is {0}, not {1}", applicationId, HistorySchema.ApplicationId);
            diagnostics.Add(Error(DiagnosticCatalog.ForeignDatabase, what));
            return false;
        }

        if (version > HistorySchema.Version)
        {
            diagnostics.Add(Error(DiagnosticCatalog.NewerHistorySchema, version, HistorySchema.Version));
            return false;
        }

        if (version < 1)
        {
            diagnostics.Add(Error(DiagnosticCatalog.ForeignDatabase, "it is marked as a history but has no schema version"));
            return false;
        }

        return true;
    }

    private (long ApplicationId, long Version, long Objects) ReadIdentity() => (
        Scalar("PRAGMA application_id;"),
        Scalar("PRAGMA user_version;"),
        Scalar("SELECT count(*) FROM sqlite_schema;"));

    /// <summary>
    /// Creates the tables. Two processes may both find the file empty: the journal mode is set first (it cannot change
    /// inside a transaction), then the tables are created under the write lock, only if the other has not already.
    /// </summary>
    private void Create()
    {
        BusyRetry.Run(() => Execute(Connection, "PRAGMA journal_mode = WAL;"), BusyTimeout);
        BusyRetry.Run(() => Execute(Connection, "BEGIN IMMEDIATE;"), BusyTimeout);
        try
        {
            if (Scalar("PRAGMA user_version;") == 0 && Scalar("SELECT count(*) FROM sqlite_schema;") == 0)
            {
                Execute(Connection, HistorySchema.CreateTables);
                foreach (var trigger in HistorySchema.AppendOnlyTriggers())
                {
                    Execute(Connection, trigger);
                }

                Execute(Connection, string.Format(CultureInfo.InvariantCulture, "PRAGMA application_id = {0}; PRAGMA user_version = {1};", HistorySchema.ApplicationId, HistorySchema.Version));
            }

            Execute(Connection, "COMMIT;");
        }
        catch
        {
            RollBack(Connection);
            throw;
        }
    }

    /// <summary>Ends the open transaction, if any, keeping none of its writes; never hides the error that led here.</summary>
    internal static void RollBack(SqliteConnection connection)
    {
        try
        {
            Execute(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // SQLite already rolled back (an I/O error or a full disk does that): nothing of the transaction is kept.
        }
    }

    private long Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>SQLite's message without the "SQLite Error 26:" prefix, for a diagnostic.</summary>
    internal static string Describe(SqliteException exception)
    {
        var message = exception.Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return (colon >= 0 && message.StartsWith("SQLite Error", StringComparison.Ordinal) ? message[(colon + 2)..] : message).Trim('\'', '.', ' ');
    }
}
