"""Disguise: with "Notes" chosen, the start screen, the window title, the taskbar name, the icon
and every dialog's title say nothing of FieldKit; the passphrase (or Ctrl+Shift+O without one)
opens the app; turning it off brings FieldKit back."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from fieldkit.core import vault
from fieldkit.core.privacy import update_privacy
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.disguise import apply_disguise
from fieldkit.ui.worker import wait_for_all


@pytest.fixture(autouse=True)
def _private_temp(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A wipe also clears the temp folder's FieldKit log: never the shared one in tests."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

@pytest.fixture
def disguised(qtbot, library_path: Path, data_folder: Path):
    made = []

    def make(passphrase: str | None = None):
        update_privacy(data_folder, disguise="Notes")
        if passphrase:
            vault.set_passphrase(data_folder, passphrase).forget()
        win = build_window([library_path], data_folder)
        qtbot.addWidget(win)
        win.resize(1000, 700)
        win.show()
        qtbot.waitExposed(win)
        settle(QApplication.instance())
        made.append(win)
        return win

    yield make
    for win in made:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
    apply_disguise(None)


def shown_text(window: QWidget) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel)
                    if label.isVisible()) + " " + window.windowTitle()


def all_titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_start_screen_shows_nothing_of_fieldkit_until_the_passphrase(qtbot, disguised) -> None:
    window = disguised("open sesame words")
    assert QGuiApplication.applicationDisplayName() == "Notes"
    assert QGuiApplication.desktopFileName() == "notes"
    assert not QApplication.windowIcon().isNull()
    if sys.platform.startswith("linux"):  # the short process name, as `top` shows it
        assert Path("/proc/self/comm").read_text().strip() == "notes"
    assert window.windowTitle() == "Notes" and window.locker.is_locked
    text = shown_text(window)
    assert "fieldkit" not in text.lower() and "passphrase" not in text.lower()
    assert "Notes" in text and "Password" in text
    assert not window.nav_bar.isVisible()
    screen = window.locker.screen
    screen.passphrase.setText("wrong one")
    screen.submit()
    qtbot.waitUntil(lambda: "Wrong password" in screen.status.text(), timeout=15000)
    assert "fieldkit" not in shown_text(window).lower()
    screen.passphrase.setText("open sesame words")
    screen.submit()
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=15000)
    assert window.windowTitle() == "Notes" and window.current_view().name == "home"


def test_without_a_passphrase_the_open_shortcut_opens_it(qtbot, disguised) -> None:
    window = disguised()
    assert window.locker.is_locked and window.ctx.user is None  # even unprotected: closed
    assert "fieldkit" not in shown_text(window).lower()
    screen = window.locker.screen
    QTest.keyClick(screen, Qt.Key.Key_Return)  # an ordinary key does not open it
    QTest.keyClick(screen, Qt.Key.Key_Space)
    assert window.locker.is_locked
    screen.setFocus()
    QTest.keyClick(screen, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=10000)


def test_every_title_while_disguised(qtbot, disguised) -> None:
    window = disguised()
    window.locker.unlock("")
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=10000)
    settle(QApplication.instance())
    assert window.windowTitle() == "Notes"
    libs, user = window.ctx.libs, window.ctx.user
    run = user.runs.start(libs.checklist("checkpoint"), "a run", libs.infos[0])
    window.show_view("run", run_id=run.id)
    settle(QApplication.instance())
    titles: list[str] = []

    def grab_and_close() -> None:
        titles.extend(all_titles())
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()

    window.show_help()
    window.open_wipe_dialog()
    window.views["run"].ask_delete()
    settle(QApplication.instance())
    grab_and_close()
    from fieldkit.ui.passphrase_dialog import FIRST, passphrase_dialog

    passphrase_dialog(window, FIRST).open()
    box = QMessageBox(QMessageBox.Icon.Information, "FieldKit", "x", parent=window)
    box.open()
    settle(QApplication.instance())
    grab_and_close()
    QTimer.singleShot(200, grab_and_close)
    window.views["run"].ask_export()  # the export options dialog (cancelled)
    assert len(titles) >= 7, titles
    assert [t for t in titles if "fieldkit" in t.lower()] == []
    assert all(t for t in titles)
    assert "Export report" in titles and "Erase data" in titles and "Notes help" in titles


def test_turning_it_off_brings_fieldkit_back(qtbot, disguised) -> None:
    window = disguised()
    window.locker.unlock("")
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=10000)
    update_privacy(window.ctx.data_folder, disguise=None)
    window.privacy_changed()
    assert window.windowTitle() == "FieldKit"
    assert QGuiApplication.applicationDisplayName() != "Notes"
    assert QGuiApplication.desktopFileName() != "notes"


def test_a_wipe_from_the_disguised_screen_stays_disguised(qtbot, disguised) -> None:
    from fieldkit.core.paths import user_key_path

    window = disguised("pw words long")
    done: list[int] = []
    window.locker.wipe("notes", on_done=lambda: done.append(1))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    settle(QApplication.instance())
    assert not user_key_path(window.ctx.data_folder).exists()
    assert window.locker.is_locked and window.windowTitle() == "Notes"
    assert "fieldkit" not in shown_text(window).lower()
    QTest.keyClick(window.locker.screen, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=10000)
    assert window.ctx.user is not None and window.ctx.user.runs.list() == []
