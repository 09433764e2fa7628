"""Choosing another data folder: copy first, point after, never lose or overwrite anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.core.errors import UserDataError
from fieldkit.core.location import choose_data_folder
from fieldkit.core.paths import chosen_data_dir, data_dir, default_data_dir
from fieldkit.core.userdata import UserData


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("FIELDKIT_HOME", raising=False)


def test_choosing_an_empty_folder_copies_the_data_and_points_there(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "usb" / "fieldkit"
    with UserData(old) as user:
        user.set_note("rec", "written before the move")
    assert data_dir() == default_data_dir()
    assert choose_data_folder(old, new) is True
    assert chosen_data_dir() == new.resolve()
    assert data_dir() == new.resolve()
    assert data_dir(tmp_path / "explicit") == tmp_path / "explicit"  # --data-dir still wins
    with UserData(new) as user:
        assert user.note("rec") == "written before the move"
    with UserData(old) as user:  # the old copy is left exactly where it was
        assert user.note("rec") == "written before the move"


def test_a_folder_with_fieldkit_data_is_used_as_it_is(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "other"
    with UserData(old) as user:
        user.set_note("rec", "old")
    with UserData(new) as user:
        user.set_note("rec", "other")
    assert choose_data_folder(old, new) is False
    with UserData(new) as user:
        assert user.note("rec") == "other"


def test_a_folder_holding_something_else_is_refused(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "other"
    UserData(old).close()
    new.mkdir()
    (new / "user.sqlite").write_text("my thesis, not a database")
    with pytest.raises(UserDataError) as info:
        choose_data_folder(old, new)
    assert "not FieldKit data" in str(info.value)
    assert (new / "user.sqlite").read_text() == "my thesis, not a database"
    assert chosen_data_dir() is None
