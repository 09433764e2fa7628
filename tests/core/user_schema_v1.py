"""The run tables exactly as the first user schema (version 1) made them: old user DBs and
backups in tests are built from this, never from today's models."""

RUN_TABLES_V1 = """
    CREATE TABLE runs (id VARCHAR NOT NULL PRIMARY KEY, checklist_id VARCHAR NOT NULL,
        checklist_title VARCHAR NOT NULL, library_id VARCHAR, library_version VARCHAR,
        name VARCHAR, started_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
        finished_at VARCHAR);
    CREATE TABLE run_items (run_id VARCHAR NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        item_id VARCHAR NOT NULL, position INTEGER NOT NULL, phase_id VARCHAR NOT NULL,
        phase_title VARCHAR NOT NULL, text TEXT NOT NULL, detail TEXT,
        kind VARCHAR NOT NULL, prompts JSON NOT NULL, done BOOLEAN NOT NULL,
        done_at VARCHAR, note TEXT, note_at VARCHAR, PRIMARY KEY (run_id, item_id));
    CREATE TABLE run_events (id INTEGER NOT NULL PRIMARY KEY, run_id VARCHAR NOT NULL
        REFERENCES runs(id) ON DELETE CASCADE, at VARCHAR NOT NULL,
        action VARCHAR NOT NULL, item_id VARCHAR, value TEXT);
"""
