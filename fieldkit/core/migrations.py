"""Steps that bring an existing user DB up to the current schema, keyed on `PRAGMA user_version`.

`create_all` makes missing tables but never adds columns to existing ones; each step here does,
and only adds: a person's data is never rewritten or dropped.
"""

from __future__ import annotations

from sqlalchemy import Connection

# (schema version the step brings the DB to, table, column, SQL type and default)
_COLUMNS: tuple[tuple[int, str, str, str], ...] = (
    (2, "runs", "note", "TEXT"),
    (2, "runs", "author", "VARCHAR"),
    (2, "run_items", "na", "BOOLEAN NOT NULL DEFAULT 0"),
    (2, "run_items", "na_reason", "TEXT"),
    (2, "run_items", "added", "BOOLEAN NOT NULL DEFAULT 0"),
    (3, "runs", "language", "VARCHAR"),
)


def _columns(conn: Connection, table: str) -> set[str]:
    return {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def migrate_user_schema(conn: Connection, version: int) -> None:
    """Add what versions after `version` brought, inside the caller's transaction. Idempotent:
    a column that is already there (a DB just made by `create_all`) is left alone."""
    known: dict[str, set[str]] = {}
    for step, table, column, sql_type in _COLUMNS:
        if step <= version:
            continue
        if table not in known:
            known[table] = _columns(conn, table)
        if column not in known[table]:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")
            known[table].add(column)
