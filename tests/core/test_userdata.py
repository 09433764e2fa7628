"""The user DB: notes, bookmarks, settings; pragmas; odd folder names; newer schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from fieldkit.core.build import build_library
from fieldkit.core.errors import UserDataError
from fieldkit.core.library import LibrarySet
from fieldkit.core.models import USER_SCHEMA_VERSION
from fieldkit.core.paths import data_dir, user_db_path
from fieldkit.core.userdata import UserData


def test_record_notes_round_trip(data_dir: Path) -> None:
    with UserData(data_dir) as user:
        assert user.note("0123456789abcdef") is None
        user.set_note("0123456789abcdef", "Ask Amal about\nthe Arabic version.")
        user.set_note("0123456789abcdef", "Ask Amal about\nthe Arabic version. Done.")
        user.set_note("fedcba9876543210", "¿Versión en francés? التفاوض")
    with UserData(data_dir) as user:
        assert user.note("0123456789abcdef") == "Ask Amal about\nthe Arabic version. Done."
        assert user.note("fedcba9876543210") == "¿Versión en francés? التفاوض"
        user.set_note("0123456789abcdef", "  ")  # blank deletes
        assert user.note("0123456789abcdef") is None
    with sqlite3.connect(user_db_path(data_dir)) as conn:
        assert conn.execute("SELECT record_id FROM record_notes").fetchall() == [
            ("fedcba9876543210",)]


def test_bookmarks_round_trip(data_dir: Path) -> None:
    with UserData(data_dir) as user:
        user.set_bookmark("aaa", "First")
        user.set_bookmark("bbb", "Second")
        user.set_bookmark("aaa", "First again")  # already on: unchanged
        assert user.is_bookmarked("aaa") and not user.is_bookmarked("zzz")
    with UserData(data_dir) as user:
        marks = user.bookmarks()
        assert sorted((b.record_id, b.title) for b in marks) == [("aaa", "First"),
                                                                ("bbb", "Second")]
        assert all(b.created_at.endswith("Z") for b in marks)
        user.set_bookmark("aaa", "First", on=False)
        user.set_bookmark("never", "x", on=False)
        assert [b.record_id for b in user.bookmarks()] == ["bbb"]


@pytest.mark.parametrize("value", [
    "dark", 14, 1.5, True, False, None, ["a", "b"], {"width": 1280, "panes": [1, 2]}, "التفاوض",
])
def test_settings_round_trip(data_dir: Path, value: object) -> None:
    with UserData(data_dir) as user:
        user.set_setting("key", "old")
        user.set_setting("key", value)
    with UserData(data_dir) as user:
        assert user.setting("key", default="missing") == value
        assert user.setting("other", default="missing") == "missing"


def test_user_db_is_wal_with_foreign_keys_on(user_data: UserData) -> None:
    with user_data.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == USER_SCHEMA_VERSION
    with pytest.raises(IntegrityError), user_data.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO run_items (run_id, item_id, position, phase_id, phase_title, text, "
            "kind, prompts, done) VALUES ('no-run', 'i', 0, 'p', 'P', 't', 'check', '[]', 0)"))
    with sqlite3.connect(user_data.path) as raw:  # WAL is a property of the file itself
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    UserData(data_dir).close()
    path = user_db_path(data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {USER_SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(UserDataError, match="newer FieldKit"):
        UserData(data_dir)
    assert path.read_bytes() == before


def test_a_damaged_user_db_is_a_user_data_error(data_dir: Path) -> None:
    user_db_path(data_dir).parent.mkdir(parents=True)
    user_db_path(data_dir).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserDataError, match="damaged"):
        UserData(data_dir)


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserDataError):
        UserData(blocker / "home")


def test_data_dir_override_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDKIT_HOME", str(tmp_path / "env"))
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("FIELDKIT_HOME")
    assert data_dir(None).name == "FieldKit"


@pytest.mark.parametrize("name", ["with space", "hash#1", "what?x=1", "pct%20x", "ünïcødé 数据"])
def test_odd_folder_names(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name / "home"
    with UserData(folder) as user:
        user.set_setting("theme", "dark")
    assert sorted(p.name for p in (tmp_path / name).iterdir()) == ["home"]
    assert user_db_path(folder).is_file()
    with UserData(folder) as user:
        assert user.setting("theme") == "dark"
    # Content DBs too: the same names must not open some other file.
    lib_dir = tmp_path / name / "lib"
    lib_dir.mkdir()
    out = build_library(Path(__file__).parent / "fixtures" / "pack", lib_dir / "pack.sqlite").path
    assert sorted(p.name for p in lib_dir.iterdir()) == ["pack.sqlite"]
    with LibrarySet([out]) as lib_set:
        assert lib_set.infos[0].id == "regional"
        assert [h.id for h in lib_set.search("clinic", limit=1).hits]


def test_a_locked_user_db_is_one_plain_message_and_loses_nothing(user_data: UserData) -> None:
    """Another program holding the write lock: the tick fails with a sentence, data intact."""
    user_data.set_note("rec-1", "kept")
    other = sqlite3.connect(user_db_path(user_data.folder), timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserDataError) as info:
            user_data.set_note("rec-1", "lost?")
        assert "locked" in str(info.value)
        assert "\n" not in str(info.value)
    finally:
        other.rollback()
        other.close()
    assert user_data.note("rec-1") == "kept"
    user_data.set_note("rec-1", "after")
    assert user_data.note("rec-1") == "after"


def test_display_prefs_live_in_their_own_file_not_the_db(data_dir: Path) -> None:
    """The window reads them before its first paint; reading must not open the user DB (and
    a '#' in the folder name made the old reader open the wrong file)."""
    from fieldkit.core.display_prefs import read_display_prefs
    from fieldkit.core.paths import display_prefs_path

    folder = data_dir.parent / "Team #2"
    with UserData(folder) as user:
        user.set_setting("theme", "contrast")
        user.set_setting("text_size", "large")
        assert user.setting("theme") == "contrast"
    user_db_path(folder).write_bytes(b"garbage, the DB is not read for these")
    assert read_display_prefs(folder) == {"theme": "contrast", "text_size": "large",
                                          "language": ""}
    display_prefs_path(folder).write_text("{not json")
    assert read_display_prefs(folder) == {"theme": "light", "text_size": "normal", "language": ""}


def test_display_prefs_kept_in_the_db_by_older_versions_move_out(data_dir: Path) -> None:
    from fieldkit.core.display_prefs import read_display_prefs
    from fieldkit.core.paths import display_prefs_path

    UserData(data_dir).close()
    with sqlite3.connect(user_db_path(data_dir)) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')")
    conn.close()
    display_prefs_path(data_dir).unlink(missing_ok=True)
    UserData(data_dir).close()
    assert read_display_prefs(data_dir)["theme"] == "dark"
