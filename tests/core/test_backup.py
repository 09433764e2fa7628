"""User-DB backups: consistent copies, daily/weekly rotation, restore that can be undone."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldkit.core.backup import (
    KEEP,
    auto_backup,
    backup_dir,
    list_backups,
    make_backup,
    restore_backup,
)
from fieldkit.core.errors import BackupError
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData

MONDAY = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)  # ISO week 2026-W02


@pytest.fixture
def home(data_dir: Path) -> Path:
    with UserData(data_dir) as user:
        user.set_setting("version", 1)
    return data_dir


def setting(folder: Path, key: str = "version") -> object:
    with UserData(folder) as user:
        return user.setting(key)


def kinds(folder: Path) -> list[str]:
    return [b.kind for b in list_backups(folder)]


def test_no_user_db_no_backup(data_dir: Path) -> None:
    assert auto_backup(data_dir, MONDAY) == []
    assert make_backup(data_dir, "daily", MONDAY) is None
    assert not data_dir.exists()


def test_at_most_one_daily_per_day_and_one_weekly_per_week(home: Path) -> None:
    made = auto_backup(home, MONDAY)
    assert sorted(b.kind for b in made) == ["daily", "weekly"]
    assert auto_backup(home, MONDAY + dt.timedelta(hours=8)) == []  # same day
    tuesday = auto_backup(home, MONDAY + dt.timedelta(days=1))
    assert [b.kind for b in tuesday] == ["daily"]  # same ISO week
    sunday = MONDAY + dt.timedelta(days=6, hours=14)
    assert [b.kind for b in auto_backup(home, sunday)] == ["daily"]  # still W02
    next_monday = auto_backup(home, MONDAY + dt.timedelta(days=7))
    assert sorted(b.kind for b in next_monday) == ["daily", "weekly"]
    assert sorted(kinds(home)) == ["daily"] * 4 + ["weekly"] * 2


def test_rotation_keeps_last_seven_daily_and_four_weekly(home: Path) -> None:
    assert (KEEP["daily"], KEEP["weekly"]) == (7, 4)
    for day in range(45):
        auto_backup(home, MONDAY + dt.timedelta(days=day))
    backups = list_backups(home)
    daily = [b.taken_at.date() for b in backups if b.kind == "daily"]
    weekly = [b.taken_at.date() for b in backups if b.kind == "weekly"]
    last = (MONDAY + dt.timedelta(days=44)).date()
    assert daily == [last - dt.timedelta(days=n) for n in range(7)]  # newest first
    assert weekly == [(MONDAY + dt.timedelta(weeks=w)).date() for w in (6, 5, 4, 3)]
    assert sorted(p.name for p in backup_dir(home).iterdir()) == sorted(b.name for b in backups)


def test_a_backup_is_a_consistent_copy(home: Path) -> None:
    writer = sqlite3.connect(user_db_path(home), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE settings SET value = '99' WHERE key = 'version'")
        info = make_backup(home, "install", MONDAY)  # taken while a write is in flight
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert info is not None and info.kind == "install" and info.size > 0
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT value FROM settings").fetchall() == [("1",)]
    assert setting(home) == 99
    assert not list(backup_dir(home).glob("*.part"))


def test_restore_brings_data_back_and_keeps_the_current_file_aside(home: Path) -> None:
    old = make_backup(home, "daily", MONDAY)
    assert old is not None
    with UserData(home) as user:
        user.set_setting("version", 2)
        user.set_note("rec", "written after the backup")
    aside = restore_backup(home, old.name)
    assert aside is not None and aside.kind == "kept"  # the first of a series
    assert setting(home) == 1
    with UserData(home) as user:
        assert user.note("rec") is None
    # The restore itself can be undone from the copy it set aside.
    restore_backup(home, aside.name)
    assert setting(home) == 2
    with UserData(home) as user:
        assert user.note("rec") == "written after the backup"


def test_restore_is_seen_by_an_open_user_data(home: Path) -> None:
    old = make_backup(home, "daily", MONDAY)
    assert old is not None
    with UserData(home) as user:
        user.set_setting("version", 3)
        restore_backup(home, old.name)
        assert user.setting("version") == 1
        user.set_setting("version", 4)  # and it can still write
    assert setting(home) == 4


def _corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page:] = b"\xa5" * (len(data) - page)  # keep page 1, scramble the rest
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _garbage(path: Path) -> None:
    path.write_bytes(b"definitely not sqlite\n" * 500)


def _other_database(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")


@pytest.mark.parametrize("damage", [_corrupt_pages, _truncate, _empty, _garbage, _other_database])
def test_restoring_a_damaged_backup_changes_nothing(home: Path, damage) -> None:
    backup = make_backup(home, "daily", MONDAY)
    assert backup is not None
    with UserData(home) as user:
        user.set_setting("version", 2)
    damage(backup.path)
    names_before = [b.name for b in list_backups(home)]
    with pytest.raises(BackupError, match=backup.name):
        restore_backup(home, backup.name)
    assert setting(home) == 2
    assert [b.name for b in list_backups(home)] == names_before  # nothing set aside either


@pytest.mark.parametrize("name", ["user-20990101-000000-daily.sqlite", "../user.sqlite",
                                  "user.sqlite", ""])
def test_restoring_an_unknown_name_changes_nothing(home: Path, name: str) -> None:
    make_backup(home, "daily", MONDAY)
    with pytest.raises(BackupError, match="no backup named"):
        restore_backup(home, name)
    assert setting(home) == 1
    assert kinds(home) == ["daily"]


def test_list_ignores_other_files_and_sorts_newest_first(home: Path) -> None:
    make_backup(home, "daily", MONDAY)
    make_backup(home, "weekly", MONDAY - dt.timedelta(days=7))
    make_backup(home, "install", MONDAY + dt.timedelta(hours=1))
    folder = backup_dir(home)
    (folder / "notes.txt").write_text("mine")
    (folder / "user-20260105-093000-daily.sqlite.part").write_bytes(b"")
    (folder / "user-20260105-093000-daily.sqlite.old").mkdir()
    shutil.copy(user_db_path(home), folder / "copy-by-hand.sqlite")
    listed = list_backups(home)
    assert [b.kind for b in listed] == ["install", "daily", "weekly"]
    assert listed[0].taken_at == MONDAY.replace(hour=10, minute=30)
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_a_clock_set_back_still_gets_its_backup(home: Path) -> None:
    for day in range(10):
        auto_backup(home, MONDAY + dt.timedelta(days=day))
    reset_clock = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # a laptop whose clock battery died
    made = auto_backup(home, reset_clock)  # no crash; rotation still keeps the newest copies
    assert sorted(b.kind for b in made) == ["daily", "weekly"]
    assert kinds(home).count("daily") == 7
    # What a restore sets aside is never pruned at once, however old it looks.
    for _ in range(KEEP["before-restore"]):
        make_backup(home, "before-restore", MONDAY + dt.timedelta(days=30))
    aside = make_backup(home, "before-restore", reset_clock)
    assert aside is not None and aside.path.is_file()


def test_two_copies_in_one_second_are_both_kept(home: Path) -> None:
    first = make_backup(home, "install", MONDAY)
    with UserData(home) as user:
        user.set_setting("version", 2)
    second = make_backup(home, "install", MONDAY)
    assert first is not None and second is not None and first.name != second.name
    assert [b.name for b in list_backups(home)] == [second.name, first.name]  # newest first
    restore_backup(home, first.name)
    assert setting(home) == 1
