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
from fieldkit.core.errors import BackupError, DamagedDataError
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


# --- issue 8: clock skew, restore series, checked copies, planted links ----------------------

def test_a_clock_in_the_future_does_not_hold_the_slots_for_ever(home: Path) -> None:
    """Item 8: after 8 days with the clock in 2099 the future-dated dailies held every slot."""
    for day in range(3):
        auto_backup(home, MONDAY + dt.timedelta(days=day))
    future = dt.datetime(2099, 6, 1, 9, tzinfo=dt.UTC)
    for day in range(8):
        auto_backup(home, future + dt.timedelta(days=day))
    back = MONDAY + dt.timedelta(days=3)
    for day in range(10):  # the clock is right again
        auto_backup(home, back + dt.timedelta(days=day))
    daily = [b.taken_at.date() for b in list_backups(home) if b.kind == "daily"]
    assert daily == [(back + dt.timedelta(days=9 - n)).date() for n in range(7)]
    weekly = [b for b in list_backups(home) if b.kind == "weekly"]
    assert len(weekly) == 4 and sum(b.taken_at.year == 2026 for b in weekly) >= 2


def test_a_clock_set_back_keeps_the_copies_made_last(home: Path) -> None:
    for day in range(7):
        auto_backup(home, MONDAY + dt.timedelta(days=day))
    past = dt.datetime(2020, 3, 1, 9, tzinfo=dt.UTC)
    for day in range(9):
        with UserData(home) as user:
            user.set_setting("version", 100 + day)
        auto_backup(home, past + dt.timedelta(days=day))
    daily = [b for b in list_backups(home) if b.kind == "daily"]
    assert len(daily) == 7 and all(b.taken_at.year == 2020 for b in daily)
    newest = max(daily, key=lambda b: b.taken_at)
    with sqlite3.connect(newest.path) as copy:
        assert copy.execute("SELECT value FROM settings WHERE key='version'").fetchone() == (
            "108",)


def test_the_copy_before_the_first_restore_of_a_series_survives(home: Path) -> None:
    """Item 5: the copy a restore keeps aside was deleted after five more restores."""
    with UserData(home) as user:
        user.set_note("rec", "the work of the day")
    first = make_backup(home, "install", MONDAY)
    assert first is not None
    aside = restore_backup(home, first.name)
    assert aside is not None and aside.kind == "kept"
    for _ in range(KEEP["before-restore"] + 3):
        restore_backup(home, first.name)
    assert aside.path.is_file()
    with sqlite3.connect(aside.path) as copy:
        assert copy.execute("SELECT text FROM record_notes").fetchall() == [
            ("the work of the day",)]
    assert kinds(home).count("before-restore") == KEEP["before-restore"]
    assert kinds(home).count("kept") == 1


def test_a_damaged_copy_takes_no_slot_and_the_last_intact_one_stays(home: Path) -> None:
    for day in range(10):
        auto_backup(home, MONDAY + dt.timedelta(days=day))
    good = {b.name for b in list_backups(home)}
    _corrupt_pages(user_db_path(home))
    for day in range(10, 40):
        with pytest.raises(DamagedDataError, match="damaged") as info:
            auto_backup(home, MONDAY + dt.timedelta(days=day))
    assert "fieldkit backup restore user-" in str(info.value)
    assert {b.name for b in list_backups(home)} == good


def test_rotation_never_prunes_the_last_intact_copy(home: Path) -> None:
    daily = [make_backup(home, "daily", MONDAY + dt.timedelta(days=d)) for d in range(7)]
    for info in daily[1:]:
        assert info is not None
        _corrupt_pages(info.path)  # copies that rotted on disk after they were made
    make_backup(home, "daily", MONDAY + dt.timedelta(days=8))
    names = {b.name for b in list_backups(home)}
    assert daily[0] is not None and daily[0].name not in names  # a newer intact one exists
    _corrupt_pages(user_db_path(home))
    with pytest.raises(DamagedDataError):
        make_backup(home, "daily", MONDAY + dt.timedelta(days=9))


def test_a_planted_link_in_the_backups_folder_is_never_followed(home: Path,
                                                                tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = backup_dir(home)
    folder.mkdir()
    for name in ("user-20260105-093000-daily.sqlite.part", "user-20260105-093000-daily.sqlite",
                 "user-20260105-093000-2-daily.sqlite.part", "user-20260105-093000-q1-daily.sqlite",
                 "user-20260105-093000-q2-daily.sqlite"):
        (folder / name).symlink_to(victim)
    info = make_backup(home, "daily", MONDAY)
    assert info is not None and not info.path.is_symlink()
    assert victim.read_text() == "precious"
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("name", ["Team #2", "a%20b", "q?x", "ü & 'quotes'"])
def test_any_folder_name_opens_its_own_file(tmp_path: Path, name: str) -> None:
    """One opener, quoted: a '#', '%' or '?' in the folder made the theme read wrong and a
    valid folder be refused."""
    from fieldkit.core.display_prefs import read_display_prefs
    from fieldkit.core.location import choose_data_folder

    folder = tmp_path / name
    with UserData(folder) as user:
        user.set_setting("theme", "dark")
        user.set_note("rec", name)
    assert read_display_prefs(folder)["theme"] == "dark"
    info = make_backup(folder, "daily", MONDAY)
    assert info is not None
    restore_backup(folder, info.name)
    with UserData(folder) as user:
        assert user.note("rec") == name
    other = tmp_path / "elsewhere"
    UserData(other).close()
    import os

    os.environ["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    try:
        assert choose_data_folder(other, folder) is False  # it holds FieldKit data: accepted
    finally:
        del os.environ["XDG_CONFIG_HOME"]


def test_a_user_db_in_the_old_place_moves_with_its_wal(tmp_path: Path) -> None:
    """The user DB moved to DATA/.private; an old DATA/user.sqlite (and its WAL, written by a
    FieldKit that was killed) is copied through SQLite, never by its raw bytes."""
    import subprocess
    import sys

    from fieldkit.core.paths import legacy_user_db_path

    folder = tmp_path / "data"
    folder.mkdir()
    legacy = legacy_user_db_path(folder)
    with UserData(tmp_path / "seed") as user:
        user.set_note("rec", "before")
    shutil.copy(user_db_path(tmp_path / "seed"), legacy)
    code = ("import sqlite3, os, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0'); "
            "c.execute(\"UPDATE record_notes SET text='in the wal only'\"); c.commit(); "
            "os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(legacy)], check=True)
    assert legacy.with_name("user.sqlite-wal").stat().st_size > 0
    with UserData(folder) as user:
        assert user.path == user_db_path(folder)
        assert user.note("rec") == "in the wal only"
    assert not legacy.exists() and not legacy.with_name("user.sqlite-wal").exists()
    moved = [b for b in list_backups(folder) if b.kind == "moved"]
    assert len(moved) == 1
    with sqlite3.connect(moved[0].path) as old:
        assert old.execute("SELECT text FROM record_notes").fetchone() == ("in the wal only",)
