"""The emergency wipe from the window (Settings and the held Ctrl+Shift+Delete): countdown,
Esc cancels, the chosen scope erased, the app as on a new machine; and the passphrase journey
from the first-start offer through Settings (set, lock, unlock, change, remove)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from fieldkit.core.paths import user_key_path
from fieldkit.core.privacy import read_privacy
from fieldkit.ui.app import settle
from fieldkit.ui.passphrase_dialog import PassphraseDialog
from fieldkit.ui.wipe_dialog import WipeDialog
from fieldkit.ui.worker import wait_for_all

SECRET = "Kestrel-Wipe-4411"



@pytest.fixture(autouse=True)
def _private_temp(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A wipe also clears the temp folder's FieldKit log: never the shared one in tests."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

def start_run(window) -> str:
    libs, user = window.ctx.libs, window.ctx.user
    run = user.runs.start(libs.checklist("checkpoint"), SECRET, libs.infos[0])
    user.runs.set_run_note(run.id, SECRET + " note")
    user.set_note("rec-1", SECRET + " on a record")
    return run.id


def open_dialog(qtbot) -> WipeDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, WipeDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, WipeDialog) and w.isVisible())


def gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def nothing_left(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_settings_wipe_counts_down_esc_cancels_then_erase_now(qtbot, window, data_folder,
                                                              monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    start_run(window)
    window.show_view("settings")
    settle(QApplication.instance())
    button = window.views["settings"].findChild(QPushButton, "wipe-button")
    QTest.keyClick(button, Qt.Key.Key_Space)
    dialog = open_dialog(qtbot)
    assert dialog.count.text() == "Erasing in 5 seconds"
    qtbot.waitUntil(lambda: dialog.seconds_left <= 4, timeout=3000)  # it counts down
    assert "second" in dialog.count.text() and dialog.count.text() != "Erasing in 5 seconds"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_for_all(5000)
    assert window.ctx.user is not None and window.ctx.user.runs.list()  # nothing happened

    window.open_wipe_dialog()
    dialog = open_dialog(qtbot)
    dialog.scopes.button(1).setChecked(True)  # everything of mine, with settings
    QTest.keyClick(dialog.now_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.locker.is_locked and window.ctx.user is not None,
                    timeout=15000)
    settle(QApplication.instance())
    assert window.current_view().name == "home"
    assert window.ctx.user.runs.list() == [] and window.ctx.user.note("rec-1") is None
    nothing_left(data_folder)  # backups included (a new one holds the new, empty data)
    assert window.ctx.libs is not None and window.ctx.libs.checklist("checkpoint")  # library


def test_the_countdown_reaching_zero_erases(qtbot, window, data_folder) -> None:
    start_run(window)
    dialog = WipeDialog(window, seconds=1)
    with qtbot.waitSignal(dialog.wipe_requested, timeout=5000) as signal:
        dialog.open()
    assert signal.args == ["notes"]


def test_holding_ctrl_shift_delete_for_two_seconds_opens_the_wipe(qtbot, window) -> None:
    hold = window._wipe_hold
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    target = window.search_box

    def send(kind: QEvent.Type, key: Qt.Key, modifiers, repeat: bool = False) -> None:
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, "", repeat))

    send(QEvent.Type.KeyPress, Qt.Key.Key_Delete, mods)
    assert hold.timer.isActive()
    send(QEvent.Type.KeyRelease, Qt.Key.Key_Delete, mods)  # let go early: nothing
    assert not hold.timer.isActive()
    send(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert not hold.timer.isActive()  # Ctrl+Delete alone is an ordinary key
    send(QEvent.Type.KeyPress, Qt.Key.Key_Delete, mods)
    send(QEvent.Type.KeyPress, Qt.Key.Key_Delete, mods, repeat=True)  # held: key repeat
    dialog = open_dialog(qtbot)
    assert dialog.scope() == "notes"
    dialog.reject()


def test_passphrase_journey_from_the_first_offer(qtbot, window, data_folder) -> None:
    start_run(window)
    window.offers_passphrase = True
    window.offer_passphrase()
    offer = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PassphraseDialog) and w.isVisible())
    assert offer.mode == "first"
    assert any("could endanger you" in label.text() for label in offer.findChildren(QLabel))
    offer.reject()  # "Not now"
    wait_for_all(5000)
    assert read_privacy(data_folder).passphrase_offered
    window.show_view("settings")
    settle(QApplication.instance())
    panel = window.views["settings"].privacy
    assert "readable by anyone who has this laptop" in panel.state.text()
    assert panel.set_button.isVisible() and not panel.remove_button.isVisible()

    QTest.keyClick(panel.set_button, Qt.Key.Key_Space)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    dialog.new.setText("first secret words")
    dialog.repeat.setText("first secret word")  # a typo: asked again, nothing done
    QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "differ" in dialog.status.text() and dialog.isVisible()
    dialog.repeat.setText("first secret words")
    QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20000)
    settle(QApplication.instance())
    assert user_key_path(data_folder).is_file() and window.ctx.key is not None
    assert "encrypted" in panel.state.text() and panel.change_button.isVisible()
    for path in data_folder.rglob("*"):  # the live DB and its backups: no plaintext left
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path

    window.locker.lock()
    screen = window.locker.screen
    screen.passphrase.setText("first secret words")
    screen.submit()
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=15000)
    settle(QApplication.instance())
    assert window.ctx.user.runs.list()[0].name == SECRET

    window.show_view("settings")
    panel = window.views["settings"].privacy
    QTest.keyClick(panel.change_button, Qt.Key.Key_Space)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    dialog.old.setText("first secret words")
    dialog.new.setText("second words")
    dialog.repeat.setText("second words")
    dialog.submit()
    qtbot.waitUntil(lambda: gone(dialog), timeout=20000)

    QTest.keyClick(panel.remove_button, Qt.Key.Key_Space)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    dialog.old.setText("first secret words")  # the old one no longer works
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=20000)
    assert "wrong" in dialog.status.text() and user_key_path(data_folder).is_file()
    dialog.old.setText("second words")
    dialog.submit()
    qtbot.waitUntil(lambda: gone(dialog), timeout=20000)
    settle(QApplication.instance())
    assert not user_key_path(data_folder).exists() and window.ctx.key is None
    assert window.ctx.user.runs.list()[0].name == SECRET
    assert "readable by anyone" in panel.state.text()


@pytest.fixture(autouse=True)
def _config(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
