using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tao.Rules.History;

/// <summary>Reads runs and timelines back. Every query orders its rows, so the same file always reads the same.</summary>
internal static class HistoryReader
{
    public static IReadOnlyList<RecordedRun> Runs(SqliteConnection connection)
    {
        var packs = new Dictionary<long, List<RecordedPack>>();
        var overrides = Params(connection, onlyOverridden: false);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT run, pack, version, source_sha256, schema_sha256 FROM packs ORDER BY run, pack;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var run = reader.GetInt64(0);
                var name = reader.GetString(1);
                var list = packs.TryGetValue(run, out var existing) ? existing : packs[run] = [];
                list.Add(new RecordedPack(name, NullableString(reader, 2), reader.GetString(3), reader.GetString(4), overrides.GetValueOrDefault((run, name)) ?? []));
            }
        }

        var runs = new List<RecordedRun>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT run, as_of, facts, facts_sha256, waivers_sha256, tool_version, recorded_at FROM runs ORDER BY run;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var run = reader.GetInt64(0);
                runs.Add(new RecordedRun(
                    run,
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    NullableString(reader, 4),
                    reader.GetString(5),
                    NullableString(reader, 6),
                    packs.GetValueOrDefault(run) ?? []));
            }
        }

        return runs;
    }

    public static HistoryTimeline Timeline(SqliteConnection connection, string entity, string? rule, string? pack)
    {
        var overrides = Params(connection, onlyOverridden: true);
        var changes = new List<HistoryChange>();
        using (var command = connection.CreateCommand())
        {
            // Outcomes, then (unless one rule is asked for) verdicts as rows with a null rule; each series ordered by run.
            command.CommandText = """
                SELECT o.pack, o.rule, o.run, r.as_of, p.version, p.source_sha256, o.outcome, o.severity
                FROM outcomes o JOIN runs r ON r.run = o.run JOIN packs p ON p.run = o.run AND p.pack = o.pack
                WHERE o.entity = $entity AND ($pack IS NULL OR o.pack = $pack) AND ($rule IS NULL OR o.rule = $rule)
                UNION ALL
                SELECT v.pack, NULL, v.run, r.as_of, p.version, p.source_sha256, v.verdict, NULL
                FROM verdicts v JOIN runs r ON r.run = v.run JOIN packs p ON p.run = v.run AND p.pack = v.pack
                WHERE v.entity = $entity AND ($pack IS NULL OR v.pack = $pack) AND $rule IS NULL
                ORDER BY 1, 2, 3;
                """;
            AddFilters(command, entity, rule, pack);
            using var reader = command.ExecuteReader();
            (string Pack, string? Rule, string Value, long Run)? previous = null;
            while (reader.Read())
            {
                var row = (Pack: reader.GetString(0), Rule: NullableString(reader, 1), Run: reader.GetInt64(2));
                var value = reader.GetString(6);
                var sameSeries = previous is { } p && string.Equals(p.Pack, row.Pack, StringComparison.Ordinal) && string.Equals(p.Rule, row.Rule, StringComparison.Ordinal);
                if (!sameSeries || !string.Equals(previous!.Value.Value, value, StringComparison.Ordinal))
                {
                    changes.Add(new HistoryChange(
                        row.Run,
                        reader.GetString(3),
                        row.Pack,
                        NullableString(reader, 4),
                        reader.GetString(5),
                        row.Rule,
                        value,
                        NullableString(reader, 7),
                        sameSeries ? previous!.Value.Value : null,
                        sameSeries ? previous!.Value.Run : null,
                        overrides.GetValueOrDefault((row.Run, row.Pack)) ?? []));
                }

                previous = (row.Pack, row.Rule, value, row.Run);
            }
        }

        changes.Sort(static (a, b) =>
        {
            var order = a.Run.CompareTo(b.Run);
            order = order != 0 ? order : string.CompareOrdinal(a.Pack, b.Pack);
            order = order != 0 ? order : (a.Rule is null).CompareTo(b.Rule is null);
            return order != 0 ? order : string.CompareOrdinal(a.Rule, b.Rule);
        });
        return new HistoryTimeline(entity, RunCount(connection, entity, rule, pack), changes);
    }

    private static long RunCount(SqliteConnection connection, string entity, string? rule, string? pack)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(DISTINCT run) FROM outcomes
            WHERE entity = $entity AND ($pack IS NULL OR pack = $pack) AND ($rule IS NULL OR rule = $rule);
            """;
        AddFilters(command, entity, rule, pack);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void AddFilters(SqliteCommand command, string entity, string? rule, string? pack)
    {
        command.Parameters.AddWithValue("$entity", entity);
        command.Parameters.AddWithValue("$rule", (object?)rule ?? DBNull.Value);
        command.Parameters.AddWithValue("$pack", (object?)pack ?? DBNull.Value);
    }

    private static Dictionary<(long Run, string Pack), List<ParamRecord>> Params(SqliteConnection connection, bool onlyOverridden)
    {
        var result = new Dictionary<(long, string), List<ParamRecord>>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run, pack, name, value, overridden FROM params WHERE overridden = 1 OR $all ORDER BY run, pack, name;";
        command.Parameters.AddWithValue("$all", onlyOverridden ? 0 : 1);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetInt64(0), reader.GetString(1));
            var list = result.TryGetValue(key, out var existing) ? existing : result[key] = [];
            list.Add(new ParamRecord(reader.GetString(2), reader.GetString(3), reader.GetInt64(4) != 0));
        }

        return result;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
