using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tao.Rules.History.Tests;

/// <summary>Plain SQLite access to a history file, past the store, to check what is really in it.</summary>
internal static class RawDatabase
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static long Scalar(string path, string sql)
    {
        using var connection = Open(path);
        return Scalar(connection, sql);
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string? Text(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        Execute(connection, sql);
    }
}
