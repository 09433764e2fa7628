"""Lock (Ctrl+L, idle, hide) and unlock on real encrypted data: while locked nothing personal is
in a widget, no connection is open on the DB and the key is gone; the passphrase brings back the
same screen. Wrong passphrases wait longer each time and, when chosen, erase the notes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit

from fieldkit.core import vault
from fieldkit.core.access import retry_delay
from fieldkit.core.backup import list_backups
from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import user_db_path, user_key_path
from fieldkit.core.privacy import read_privacy, update_privacy
from fieldkit.core.userdata import UserData
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.worker import wait_for_all

PASS = "correct horse battery"
SECRET = "Convoy-Kestrel-88"



@pytest.fixture(autouse=True)
def _private_temp(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A wipe also clears the temp folder's FieldKit log: never the shared one in tests."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

def make_data(folder: Path, library_path: Path, passphrase: str | None) -> str:
    with LibrarySet([library_path]) as libs, UserData(folder) as user:
        run = user.runs.start(libs.checklist("checkpoint"), SECRET, libs.infos[0])
        user.runs.set_run_note(run.id, SECRET + " note")
    if passphrase:
        vault.set_passphrase(folder, passphrase).forget()
    return run.id


@pytest.fixture
def open_window(qtbot, library_path: Path):
    made = []

    def make(folder: Path):
        win = build_window([library_path], folder)
        qtbot.addWidget(win)
        win.resize(1100, 760)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        wait_for_all(5000)
        win.close()
        win.ctx.close()


def texts(window) -> str:
    """Every piece of text the window's widgets and item views hold (visible or not)."""
    parts = [w.text() for w in window.findChildren(QLabel)]
    parts += [w.text() for w in window.findChildren(QLineEdit)]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            parts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return "\n".join(parts) + window.windowTitle()


def open_fds_on(path: Path) -> list[str]:
    fd_dir = Path("/proc/self/fd")
    hits = []
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(fd_dir / fd)
        except OSError:
            continue
        if target.startswith(str(path)):
            hits.append(target)
    return hits


def unlock(qtbot, window, passphrase: str) -> None:
    screen = window.locker.screen
    screen.passphrase.setText(passphrase)
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=15000)
    settle(QApplication.instance())


def test_locked_means_no_connection_no_key_nothing_on_screen(qtbot, open_window, data_folder,
                                                             library_path) -> None:
    run_id = make_data(data_folder, library_path, PASS)
    window = open_window(data_folder)
    settle(QApplication.instance())
    # a passphrase is set: the app starts on the unlock screen with nothing opened
    assert window.locker.is_locked and window.ctx.user is None
    assert window._outer.currentWidget() is window.locker.screen
    assert "FieldKit is locked" in texts(window) and SECRET not in texts(window)
    unlock(qtbot, window, PASS)
    window.show_view("run", run_id=run_id)
    settle(QApplication.instance())
    assert SECRET in texts(window)
    user, key = window.ctx.user, window.ctx.key
    assert key is not None and open_fds_on(user_db_path(data_folder))

    QTest.keyClick(window.views["run"], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.is_locked
    assert window._outer.currentWidget() is window.locker.screen
    assert window.ctx.user is None and window.ctx.key is None
    assert window.views == {} and SECRET not in texts(window)
    assert not window.nav_bar.isVisible()
    wait_for_all(5000)
    # the process's own code cannot read the data now: no descriptor on the DB, key gone
    assert open_fds_on(user_db_path(data_folder)) == []
    assert key.is_forgotten
    with pytest.raises(vault.PassphraseRequired):
        user.runs.list()
    with pytest.raises(vault.PassphraseRequired):
        UserData(data_folder)
    # screens cannot be reached while locked
    window.show_view("settings")
    assert window.views == {}

    unlock(qtbot, window, PASS)
    assert window.current_view().name == "run"
    qtbot.waitUntil(lambda: SECRET in texts(window), timeout=5000)
    assert window.nav_bar.isVisible() and window.ctx.key is not None
    # the daily backup, skipped while locked at start, is made after the unlock, encrypted
    wait_for_all(10000)
    backups = list_backups(data_folder)
    assert backups and all(SECRET.encode() not in b.path.read_bytes() for b in backups)


def test_wrong_passphrases_wait_longer_and_show_attempts_left(qtbot, open_window, data_folder,
                                                              library_path) -> None:
    make_data(data_folder, library_path, PASS)
    update_privacy(data_folder, wipe_after_failures=5)
    window = open_window(data_folder)
    settle(QApplication.instance())
    screen = window.locker.screen
    assert "5 attempts left" in screen.status.text()
    for attempt in range(1, 4):
        screen._wait_left = 0  # the test does not sit through the delay
        screen._timer.stop()
        screen._set_busy(False)
        screen.passphrase.setText("wrong guess")
        screen.submit()
        qtbot.waitUntil(lambda a=attempt: read_privacy(data_folder).failed_unlocks == a,
                        timeout=15000)
        # this failure's own line (the last one's also says "wrong" while this one runs)
        qtbot.waitUntil(lambda a=attempt: screen.passphrase.text() == "" and "wrong" in
                        screen.status.text() and f"{5 - a} attempt" in screen.status.text(),
                        timeout=5000)
    assert window.locker.is_locked and window.ctx.user is None
    assert "2 attempts left" in screen.status.text()
    assert screen.is_waiting() and not screen.button.isEnabled()  # 3rd failure: a delay
    assert "Try again in 2 seconds" in screen.status.text()
    assert [retry_delay(n) for n in range(1, 10)] == [0, 0, 2, 4, 8, 16, 32, 60, 60]
    # the count survives a restart, and the right passphrase resets it
    assert read_privacy(data_folder).failed_unlocks == 3
    screen._wait_left = 0
    screen._timer.stop()
    screen._set_busy(False)
    unlock(qtbot, window, PASS)
    assert read_privacy(data_folder).failed_unlocks == 0


def test_too_many_wrong_passphrases_erase_the_notes(qtbot, open_window, data_folder,
                                                    library_path) -> None:
    make_data(data_folder, library_path, PASS)
    update_privacy(data_folder, wipe_after_failures=3)
    window = open_window(data_folder)
    settle(QApplication.instance())
    screen = window.locker.screen
    for _ in range(3):
        screen._wait_left = 0
        screen._timer.stop()
        screen._set_busy(False)
        screen.passphrase.setText("not it")
        screen.submit()
        qtbot.waitUntil(lambda: not screen.button.isEnabled() or screen.passphrase.text() == ""
                        or not window.locker.is_locked, timeout=15000)
        wait_for_all(15000)
        settle(QApplication.instance())
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=15000)
    # as on a new machine: no key, an empty DB, nothing of the run anywhere in the folder
    assert not user_key_path(data_folder).exists()
    assert window.ctx.user is not None and window.ctx.user.runs.list() == []
    for path in data_folder.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_without_a_passphrase_the_lock_says_anyone_can_open_it(qtbot, open_window, data_folder,
                                                               library_path) -> None:
    make_data(data_folder, library_path, None)
    window = open_window(data_folder)
    settle(QApplication.instance())
    assert not window.locker.is_locked
    window.locker.lock()
    screen = window.locker.screen
    assert "anyone with this computer can unlock it" in screen.hint.text()
    assert not screen.passphrase.isVisible() and screen.button.text() == "Unlock"
    wait_for_all(5000)
    assert open_fds_on(user_db_path(data_folder)) == []
    QTest.keyClick(screen.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=10000)
    assert window.current_view().name == "home" and window.ctx.user is not None


def test_idle_lock_follows_the_setting(qtbot, open_window, data_folder, library_path) -> None:
    make_data(data_folder, library_path, None)
    update_privacy(data_folder, lock_after="5")
    window = open_window(data_folder)
    settle(QApplication.instance())
    idle = window.locker._idle
    assert idle.isActive() and idle.interval() == 5 * 60_000
    idle.stop()
    QTest.mouseMove(window, window.rect().center())  # any input counts the time again
    assert idle.isActive()
    idle.timeout.emit()  # five minutes pass
    assert window.locker.is_locked and window.ctx.user is None


def test_quick_hide_with_a_passphrase_locks_underneath(qtbot, open_window, data_folder,
                                                       library_path) -> None:
    run_id = make_data(data_folder, library_path, PASS)
    window = open_window(data_folder)
    settle(QApplication.instance())
    unlock(qtbot, window, PASS)
    window.show_view("run", run_id=run_id)
    settle(QApplication.instance())
    QTest.keyClick(window.current_view(), Qt.Key.Key_F12)
    assert window.is_hidden() and window.windowTitle() == "Clock"
    assert window.ctx.user is None and SECRET not in texts(window)  # closed while hidden
    QTest.keyClick(window.cover, Qt.Key.Key_F12)
    assert window._outer.currentWidget() is window.locker.screen  # coming back asks
    unlock(qtbot, window, PASS)
    assert window.current_view().name == "run"
