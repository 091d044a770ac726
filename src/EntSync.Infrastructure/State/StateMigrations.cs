namespace EntSync.Infrastructure.State;

/// <summary>
/// The state schema, as ordered migrations. To change it, append a migration with the next version (ALTER TABLE, new
/// tables, data moves); a database already at a version never sees that version's script again.
/// </summary>
internal static class StateMigrations
{
    public static IReadOnlyList<StateMigration> All { get; } =
    [
        new(1, "runs, files, latest_exports, anomalies", V1),
        new(2, "previous_exports", V2),
        new(3, "relay_items, relay_attempts", V3),
    ];

    // Dates are ISO 8601 round-trip text (IsoDates). Enum values are stored by name (never renamed). AUTOINCREMENT keeps
    // ids of purged rows from being reused. An anomaly row is one problem's life from first seen to resolved: a problem
    // that comes back after being resolved is a new row, so only open rows need to be unique per (uai, code, subject).
    private const string V1 = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            outcome INTEGER,
            files_received INTEGER,
            files_quarantined INTEGER,
            anomalies INTEGER,
            error TEXT
        );

        CREATE TABLE files (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            original_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            status TEXT NOT NULL,
            path TEXT NOT NULL,
            kind TEXT,
            uai TEXT COLLATE NOCASE,
            school_year INTEGER,
            export_date TEXT,
            reason TEXT
        );
        CREATE INDEX files_status ON files (status);
        CREATE INDEX files_source ON files (source, id);

        CREATE TABLE latest_exports (
            uai TEXT NOT NULL COLLATE NOCASE,
            school_year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            file_id INTEGER NOT NULL REFERENCES files (id),
            path TEXT NOT NULL,
            export_date TEXT,
            PRIMARY KEY (uai, school_year, kind)
        );

        CREATE TABLE anomalies (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uai TEXT NOT NULL COLLATE NOCASE,
            code TEXT NOT NULL,
            subject TEXT NOT NULL,
            severity TEXT NOT NULL,
            audience TEXT NOT NULL,
            message TEXT NOT NULL,
            remedy TEXT NOT NULL,
            files TEXT NOT NULL DEFAULT '[]',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            resolved_at TEXT,
            ignored INTEGER NOT NULL DEFAULT 0 CHECK (ignored IN (0, 1)),
            last_run_id INTEGER REFERENCES runs (id)
        );
        CREATE UNIQUE INDEX anomalies_open ON anomalies (uai, code, subject) WHERE resolved_at IS NULL;
        CREATE INDEX anomalies_resolved ON anomalies (resolved_at) WHERE resolved_at IS NOT NULL;
        """;

    // The export a latest one replaced, per kind: the checks comparing two exports (a partial export, renamed groups)
    // need it. Same columns as latest_exports.
    private const string V2 = """
        CREATE TABLE previous_exports (
            uai TEXT NOT NULL COLLATE NOCASE,
            school_year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            file_id INTEGER NOT NULL REFERENCES files (id),
            path TEXT NOT NULL,
            export_date TEXT,
            PRIMARY KEY (uai, school_year, kind)
        );
        """;

    // The relay (ENT and routes): one row per destination and content (the same SHA-256 is never registered twice for a
    // destination), and every delivery attempt, written before it starts (outcome NULL) and completed after.
    private const string V3 = """
        CREATE TABLE relay_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            destination TEXT NOT NULL,
            file_id INTEGER NOT NULL REFERENCES files (id),
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            uai TEXT NOT NULL COLLATE NOCASE,
            school_year INTEGER,
            exported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            path TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT,
            hold_code TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT,
            remote_name TEXT,
            released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
            UNIQUE (destination, sha256)
        );
        CREATE INDEX relay_items_status ON relay_items (status);
        CREATE INDEX relay_items_uai ON relay_items (uai, updated_at);

        CREATE TABLE relay_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL REFERENCES relay_items (id),
            destination TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            outcome TEXT,
            http_status INTEGER,
            error TEXT,
            answer TEXT
        );
        CREATE INDEX relay_attempts_item ON relay_attempts (item_id);
        """;
}
