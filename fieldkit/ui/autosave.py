"""When typed text is handed to a save: on every pause, and at least every few seconds while the
typing goes on, so a crash during steady typing loses at most that much.

It decides *when*; the caller's `save` decides *how* (on the worker's serial user-DB queue).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAUSE_MS = 600  # a pause this long in typing saves
MAX_WAIT_MS = 2000  # steady typing saves at least this often


class Autosave(QObject):
    """Call `changed()` on every edit; `save` runs after a pause, at the latest `max_wait_ms`
    after the first unsaved edit, and when `editor` (if given) loses focus."""

    def __init__(self, save: Callable[[], None], parent: QObject, *,
                 editor: QWidget | None = None, pause_ms: int = PAUSE_MS,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._pause = QTimer(self, singleShot=True, interval=pause_ms)
        self._deadline = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._pause.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)
        if editor is not None:
            editor.installEventFilter(self)

    def changed(self) -> None:
        self._pause.start()  # restarts: waits for the pause
        if not self._deadline.isActive():  # does not restart: bounds the wait while typing
            self._deadline.start()

    def pending(self) -> bool:
        return self._pause.isActive() or self._deadline.isActive()

    def flush(self) -> None:
        """Save now (the timers, a blur, leaving the screen, closing the window)."""
        self._pause.stop()
        self._deadline.stop()
        self._save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.pending():
            self.flush()
        return False
