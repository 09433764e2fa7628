"""Restores that must work across versions and inside a running session (review findings):
a backup from the first schema comes back and is migrated at once; restoring over a damaged
file from an open session never sends later writes into the copy set aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fieldkit.core.backup import backup_dir, list_backups, restore_backup
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData

from .user_schema_v1 import RUN_TABLES_V1

FIRST_SCHEMA = RUN_TABLES_V1 + """
    CREATE TABLE record_notes (record_id VARCHAR NOT NULL PRIMARY KEY, text TEXT NOT NULL,
        updated_at VARCHAR NOT NULL);
    CREATE TABLE bookmarks (record_id VARCHAR NOT NULL PRIMARY KEY, created_at VARCHAR NOT NULL);
    CREATE TABLE settings (key VARCHAR NOT NULL PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO runs VALUES ('r1', 'checkpoint', 'Checkpoint', NULL, NULL, 'Km 9',
        '2026-01-02T07:00:00Z', '2026-01-02T07:05:00Z', NULL);
    INSERT INTO run_items VALUES ('r1', 'letters', 0, 'before', 'Before', 'Carry letters',
        NULL, 'check', '[]', 1, '2026-01-02T07:05:00Z', 'Three copies', NULL);
    PRAGMA user_version=1;
"""


def test_a_backup_of_the_first_schema_restores_and_is_migrated(tmp_path: Path) -> None:
    folder = tmp_path / "home"
    with UserData(folder) as user:
        user.set_bookmark("rec-today", "Today")
    backup_dir(folder).mkdir(parents=True, exist_ok=True)
    old = backup_dir(folder) / "user-20260102-070500-q1-daily.sqlite"
    with sqlite3.connect(old) as conn:
        conn.executescript(FIRST_SCHEMA)
    conn.close()
    aside = restore_backup(folder, old.name)
    assert aside is not None and aside.kind == "kept"
    with sqlite3.connect(user_db_path(folder)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2
    conn.close()
    with UserData(folder) as user:
        run = user.runs.get("r1")
        assert run.items[0].note == "Three copies"
        user.runs.set_na("r1", "letters", reason="not asked")  # a column version 1 lacked
        assert user.sheets.list() == []  # a table version 1 lacked


def _damage_notes_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'record_notes'"
                            ).fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xa5" * page)


def test_restoring_over_a_damaged_file_from_an_open_session_keeps_later_writes(
        tmp_path: Path) -> None:
    folder = tmp_path / "home"
    with UserData(folder) as user:
        user.set_note("rec-1", "kept note")
    from fieldkit.core.backup import make_backup

    good = make_backup(folder, "daily")
    _damage_notes_table(user_db_path(folder))
    with UserData(folder) as user:  # the running app's session
        aside = user.restore(good.name)
        assert aside is not None
        user.set_bookmark("rec-after", "After")  # after the restore: must land in the live file
    with UserData(folder) as fresh:
        assert fresh.is_bookmarked("rec-after")
        assert fresh.note("rec-1") == "kept note"
    assert any(b.kind in ("damaged", "kept") for b in list_backups(folder))
