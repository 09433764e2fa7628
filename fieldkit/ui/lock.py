"""Lock, unlock and wipe, for the main window: what happens to the screens, the database and the
key. The window asks; this decides the order (screens emptied first, then the DB closed and the
key forgotten on the user queue, after any write still queued).

Locking: Ctrl+L, after idle time (Settings), on hide, and at start when a passphrase is set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from fieldkit.core.privacy import PrivacySettings, read_privacy
from fieldkit.ui.widgets.lock_screen import LockScreen
from fieldkit.ui.worker import run_op, with_sentence

if TYPE_CHECKING:
    from fieldkit.core.access import Unlocked
    from fieldkit.ui.main_window import MainWindow

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class Locker(QObject):
    """Owns the lock screen and the idle timer; `window` shows and empties the screens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        self.is_locked = False
        # a passphrase typed while the data was still opening at start: used once it has
        self._pending_unlock: str | None = None
        self._resume: tuple[str, dict[str, Any]] = ("home", {})
        self.settings = read_privacy(self.ctx.data_folder)
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.lock)
        self._watching = False
        self.apply_settings(self.settings)

    # --- settings ------------------------------------------------------------------------
    def apply_settings(self, settings: PrivacySettings) -> None:
        self.settings = settings
        minutes = settings.lock_minutes
        # Input is watched only while an idle lock is set: an application-wide Python event
        # filter sees every event of every widget (and, at start, makes PySide6 build every
        # class it has not built yet, about 30 ms before the first paint).
        self._watch_input(minutes is not None)
        if minutes is None:
            self._idle.stop()
        else:
            self._idle.setInterval(minutes * 60_000)
            if not self.is_locked:
                self._idle.start()

    def _watch_input(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def is_protected(self) -> bool:
        from fieldkit.core.paths import user_key_path

        return user_key_path(Path(self.ctx.data_folder)).exists()

    def locks_on_hide(self) -> bool:
        return self.settings.lock_after == "hide" or self.is_protected()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._idle.interval() and not self.is_locked \
                and self.settings.lock_minutes is not None:
            self._idle.start()  # restarts the count
        return False

    # --- lock ----------------------------------------------------------------------------
    def lock(self) -> None:
        """Empty every screen now; close the DB and forget the key after queued writes."""
        if self.is_locked:
            return
        self.is_locked = True
        self._idle.stop()
        self._resume = self.window.resume_point()
        self.window.empty_screens()
        self.release_data()
        self._show_screen()

    def release_data(self, then: Callable[[], None] | None = None) -> None:
        from fieldkit.core.access import close_data

        user, key = self.ctx.user, self.ctx.key
        self.ctx.user = self.ctx.key = None
        run_op(lambda: close_data(user, key), queue="user", parent=self,
               on_done=(lambda _r: then()) if then else None,
               on_failed=with_sentence(lambda m: self.window.show_message(m, error=True)))

    def _show_screen(self) -> None:
        self.settings = read_privacy(self.ctx.data_folder)
        self.screen.configure(protected=self.is_protected(), disguise=self.settings.disguise,
                              attempts_left=self.settings.attempts_left
                              if self.is_protected() else None)
        self.window.show_lock_screen(self.screen)
        self.screen.take_focus()

    def start_locked(self) -> None:
        """At start with a passphrase set (or a disguise): nothing opens until unlocked."""
        self.is_locked = True
        self._idle.stop()
        self._show_screen()

    # --- unlock --------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> None:
        from fieldkit.core.access import open_data

        if not self.ctx.ready:  # locked at start before the data had opened: wait for it, or
            self._pending_unlock = passphrase  # the start-up's open would replace this one
            return
        folder = Path(self.ctx.data_folder)
        run_op(lambda: open_data(folder, passphrase), on_done=self._opened, queue="user",
               parent=self, on_failed=with_sentence(self._open_failed))

    def data_ready(self) -> None:
        """The start-up's open is over (and its data closed again, as the window is locked):
        an unlock asked for meanwhile goes ahead now."""
        pending, self._pending_unlock = self._pending_unlock, None
        if pending is not None:
            self.unlock(pending)

    def _open_failed(self, message: str) -> None:
        self.screen.failed(0, None)
        self.screen.status.setText(message)

    def _opened(self, result: Unlocked) -> None:
        if result.user is None:
            self.screen.failed(result.delay, result.attempts_left)
            return
        self.ctx.user, self.ctx.key, self.ctx.user_error = result.user, result.key, None
        self.is_locked = False
        self.screen.busy(False)
        self.settings = read_privacy(self.ctx.data_folder)
        self.apply_settings(self.settings)
        name, params = ("home", {}) if result.wiped else self._resume
        self.window.leave_lock_screen(name, params)

    # --- wipe ----------------------------------------------------------------------------
    def wipe(self, scope: str, on_done: Callable[[], None] | None = None) -> None:
        """Empty the screens, close the DB, erase `scope` on the worker, then start afresh."""
        from fieldkit.core.wipe import WipeResult, wipe_backups
        from fieldkit.core.wipe import wipe as wipe_data

        self.is_locked = True
        self._idle.stop()
        self._resume = ("home", {})
        self.window.empty_screens()
        self.window.show_lock_screen(self.screen)  # nothing of the data while it goes
        self.screen.configure(protected=False, disguise=self.settings.disguise)
        self.screen.button.setEnabled(False)
        folder = Path(self.ctx.data_folder)

        def erase() -> WipeResult:
            from fieldkit.core.privacy import update_privacy

            result = wipe_data(folder, scope)
            update_privacy(folder, passphrase_offered=False)  # as on a new machine
            if scope == "everything":
                self.ctx.reload_libraries()
            return result

        def erased(result: WipeResult) -> None:
            # an install already running (the sync queue) backs the user DB up first: once it
            # is over, its copy goes too
            run_op(lambda: wipe_backups(folder), queue="sync", parent=self,
                   on_failed=with_sentence(lambda m: self.window.show_message(m, error=True)))
            self.window.after_wipe(scope)
            if self.settings.disguise:
                self.start_locked()  # a disguise kept by the wipe stays on its neutral page
            else:
                self.unlock("")
            if not result.is_complete:
                self.window.show_message(self.tr(
                    "The wipe could not remove %1 (and %2 other files): delete them by hand or "
                    "erase the drive.").replace("%1", str(result.left[0])).replace(
                    "%2", str(len(result.left) - 1)), error=True)
            if on_done is not None:
                on_done()

        def release_done() -> None:
            run_op(erase, queue="user", parent=self, on_done=erased,
                   on_failed=with_sentence(lambda m: self.window.show_message(m, error=True)))

        self.release_data(then=release_done)
