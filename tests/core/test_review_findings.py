"""Failing tests for the review of 8509b48..main (each names the defect it shows)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from fieldkit.core import vault
from fieldkit.core.location import choose_data_folder
from fieldkit.core.privacy import read_privacy, update_privacy
from fieldkit.core.userdata import UserData
from fieldkit.core.wipe import ALL, wipe
from fieldkit.core.worksheet_views import WorksheetView


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_wipe_all_never_deletes_files_fieldkit_did_not_make(tmp_path: Path) -> None:
    """A data folder chosen in Settings may be an existing folder (~/Documents): choosing it
    copies the data in beside the person's other files. 'wipe --scope all' then deletes
    every top-level entry of that folder, not only FieldKit's."""
    old, docs = tmp_path / "old", tmp_path / "Documents"
    UserData(old).close()
    docs.mkdir()
    (docs / "thesis.odt").write_text("three years of work")
    assert choose_data_folder(old, docs, point=False) is True
    wipe(docs, ALL)
    assert (docs / "thesis.odt").exists()


def test_a_sheet_keeps_the_language_it_was_filled_in() -> None:
    """WorksheetView.from_json passes the language positionally into `source`."""
    view = WorksheetView("w", "Hoja", None, False, [], language="es")
    back = WorksheetView.from_json(view.as_json())
    assert back.language == "es"
    assert back.source is None


def test_switching_folder_with_a_passphrase_keeps_the_privacy_settings(tmp_path: Path) -> None:
    """Wipe-after-N-failures and the disguise live in .private/privacy.json, which the folder
    switch does not carry: the new folder starts with no wipe threshold and no disguise."""
    old, new = tmp_path / "old", tmp_path / "new"
    UserData(old).close()
    key = vault.set_passphrase(old, "correct horse")
    update_privacy(old, wipe_after_failures=3, disguise="Clock")
    with UserData(old, key=key) as user:
        user.switch_folder(new)
    with UserData(new, key=vault.unlock(new, "correct horse")):
        pass
    assert read_privacy(new).wipe_after_failures == 3
    assert read_privacy(new).disguise == "Clock"
