"""Start-up races: the databases open on a worker after the first paint, so a person may lock
and unlock before they have. The unlock must then open the data once, after the start-up's
open, and stay unlocked."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from fieldkit.core import vault
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.worker import run_op, wait_for_all

PASS = "correct horse battery"


@pytest.mark.parametrize("protected", [False, True])
def test_an_unlock_before_the_data_has_opened_opens_it_once(
        qtbot, qapp, library_path: Path, data_folder: Path, protected: bool) -> None:
    if protected:
        vault.set_passphrase(data_folder, PASS).forget()
    hold = threading.Event()
    for _ in range(2):  # both content threads busy: the start-up's open waits behind them
        run_op(hold.wait, queue="read")
    win = build_window([library_path], data_folder, deferred=True)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        qapp.processEvents()
        assert not win.ctx.ready
        win.locker.lock()
        win.locker.unlock(PASS if protected else "")  # typed while the data is still opening
        drained = threading.Event()  # whatever the unlock queued on the user queue has run
        run_op(drained.set, queue="user")
        qtbot.waitUntil(drained.is_set, timeout=20000)
        qapp.processEvents()
        early = win.ctx.user  # an unlock that went ahead: the start-up must not replace it
    finally:
        hold.set()
    qtbot.waitUntil(lambda: win.ctx.ready, timeout=20000)
    settle(qapp)
    assert not win.locker.is_locked, "locked again right after the unlock"
    opened = win.ctx.user
    assert opened is not None
    assert early is None or opened is early, "the start-up's open replaced the unlock's"
    run = opened.runs.start(win.ctx.libs.checklist("checkpoint"), "After the race")
    assert opened.runs.get(run.id).label == "After the race"
    wait_for_all(5000)
    win.close()
    win.ctx.close()


def test_the_wipe_hold_watches_keys_from_the_first_paint(qtbot, qapp, library_path: Path,
                                                         data_folder: Path) -> None:
    """The hold's application-wide key filter is installed once the window has painted (before
    that, it would make PySide6 build every class it meets and delay the first window), and
    from then on holding the keys starts the count on any widget."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    win = build_window([library_path], data_folder, deferred=True)
    qtbot.addWidget(win)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    def press() -> None:
        QApplication.sendEvent(win.search_box, QKeyEvent(QEvent.Type.KeyPress,
                                                         Qt.Key.Key_Delete, mods, ""))
        QApplication.sendEvent(win.search_box, QKeyEvent(QEvent.Type.KeyRelease,
                                                         Qt.Key.Key_Delete, mods, ""))

    hold = win._wipe_hold
    painted: list[bool] = []
    armed_after_paint: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(hold.armed)  # armed already? (it must not be)
            return False

    spy = PaintSpy(win)
    win.installEventFilter(spy)
    win.started.connect(lambda: armed_after_paint.append(bool(painted)))
    qapp.processEvents()
    assert not hold.armed
    win.show()
    qtbot.waitUntil(lambda: hold.armed, timeout=5000)
    assert painted == [False], "the hold watched the keys before the window had painted"
    assert armed_after_paint == [True]
    QApplication.sendEvent(win.search_box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete,
                                                     mods, ""))
    assert hold.timer.isActive()
    press()  # let go: nothing
    assert not hold.timer.isActive()
    qtbot.waitUntil(lambda: win.ctx.ready, timeout=20000)
    wait_for_all(5000)
    win.close()
    win.ctx.close()


def test_input_is_watched_only_while_an_idle_lock_is_set(qtbot, window) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    locker = window.locker
    assert locker.settings.lock_after == "off" and not locker._watching
    locker.apply_settings(replace(locker.settings, lock_after="5"))
    assert locker._watching and locker._idle.isActive()
    locker._idle.setTimerType(Qt.TimerType.PreciseTimer)  # remainingTime to the millisecond
    locker._idle.start(60_000)
    qtbot.wait(100)
    before = locker._idle.remainingTime()
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(window.search_box, key)  # input restarts the count
    assert locker._idle.remainingTime() > before
    locker.apply_settings(replace(locker.settings, lock_after="off"))
    assert not locker._watching and not locker._idle.isActive()
