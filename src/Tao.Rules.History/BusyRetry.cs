using Microsoft.Data.Sqlite;

namespace Tao.Rules.History;

/// <summary>
/// Runs a step that needs the database's write lock, trying again while another writer holds it. SQLite's own busy
/// handler waits too, but a few steps (<c>BEGIN IMMEDIATE</c> in WAL mode, changing the journal mode) can still report
/// SQLITE_BUSY at once; without this loop, two runs recording at the same moment would lose one of them.
/// </summary>
internal static class BusyRetry
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <exception cref="TimeoutException">The lock stayed taken until <paramref name="timeout"/> passed.</exception>
    public static void Run(Action step, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        var pause = 10;
        while (true)
        {
            try
            {
                step();
                return;
            }
            catch (SqliteException exception) when (IsBusy(exception))
            {
                if (Environment.TickCount64 >= deadline)
                {
                    throw new TimeoutException("the history database stayed locked", exception);
                }

                // Back off with jitter, so that two waiting writers do not retry in lockstep.
                Thread.Sleep(pause + Random.Shared.Next(pause));
                pause = Math.Min(pause * 2, 200);
            }
        }
    }

    public static bool IsBusy(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
