namespace Tao.Rules.History;

/// <summary>
/// The tables of a history database (docs/history.md). <c>PRAGMA application_id</c> marks the file as ours and
/// <c>PRAGMA user_version</c> holds <see cref="Version"/>; a file with another id, or a newer version, is refused
/// untouched. Every table refuses UPDATE and DELETE through a trigger: the history is append-only.
/// </summary>
internal static class HistorySchema
{
    /// <summary>"TAOR" in ASCII.</summary>
    public const int ApplicationId = 0x54414F52;

    /// <summary>The schema version this build writes and reads. Raise it, with a migration, when a table changes.</summary>
    public const int Version = 1;

    public static readonly string[] Tables = ["runs", "packs", "params", "outcomes", "verdicts"];

    public const string CreateTables = """
        CREATE TABLE runs (
            run            INTEGER PRIMARY KEY AUTOINCREMENT,
            as_of          TEXT NOT NULL,
            facts          TEXT NOT NULL,
            facts_sha256   TEXT NOT NULL,
            waivers_sha256 TEXT,
            tool_version   TEXT NOT NULL,
            recorded_at    TEXT
        ) STRICT;
        CREATE TABLE packs (
            run           INTEGER NOT NULL REFERENCES runs (run),
            pack          TEXT NOT NULL,
            version       TEXT,
            source_sha256 TEXT NOT NULL,
            schema_sha256 TEXT NOT NULL,
            PRIMARY KEY (run, pack)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE params (
            run        INTEGER NOT NULL,
            pack       TEXT NOT NULL,
            name       TEXT NOT NULL,
            value      TEXT NOT NULL,
            overridden INTEGER NOT NULL,
            PRIMARY KEY (run, pack, name),
            FOREIGN KEY (run, pack) REFERENCES packs (run, pack)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE outcomes (
            entity   TEXT NOT NULL,
            pack     TEXT NOT NULL,
            rule     TEXT NOT NULL,
            run      INTEGER NOT NULL,
            outcome  TEXT NOT NULL,
            severity TEXT NOT NULL,
            PRIMARY KEY (entity, pack, rule, run),
            FOREIGN KEY (run, pack) REFERENCES packs (run, pack)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE verdicts (
            entity  TEXT NOT NULL,
            pack    TEXT NOT NULL,
            run     INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            PRIMARY KEY (entity, pack, run),
            FOREIGN KEY (run, pack) REFERENCES packs (run, pack)
        ) STRICT, WITHOUT ROWID;
        """;

    /// <summary>Triggers that make every change or removal of a recorded row fail, whoever tries it.</summary>
    public static IEnumerable<string> AppendOnlyTriggers() =>
        Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER {table}_append_only_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'the history is append-only: {table} are never changed'); END;",
            $"CREATE TRIGGER {table}_append_only_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'the history is append-only: {table} are never deleted'); END;",
        });
}
