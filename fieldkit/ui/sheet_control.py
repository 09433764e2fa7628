"""One open filled-in worksheet: loads it, starts one, and saves what is typed through the core,
on the worker's serial user queue (the same path as ticks, so a save survives kill -9 once it
has returned).

Typing is paced here, not in widgets: a field is saved after a short pause, and at least every
`MAX_WAIT_MS` while typing never pauses; `flush()` saves everything pending at once (blur,
leaving the screen, closing the window). Holds no SQL and touches no widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldkit.core.worksheet_views import SheetView
from fieldkit.ui.context import AppContext
from fieldkit.ui.worker import run_op, with_sentence

PAUSE_MS = 600
MAX_WAIT_MS = 2000


class SheetControl(QObject):
    loaded = Signal(object)   # SheetView | None
    saved = Signal(str)       # field id ("" for the sheet itself): the write is committed
    failed = Signal(str)      # one plain sentence
    deleted = Signal(str)     # sheet id

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sheet: SheetView | None = None
        self._pending: dict[str, str] = {}
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self._max_wait = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.flush)
        self._generation = 0

    @property
    def sheet(self) -> SheetView | None:
        return self._sheet

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    # --- opening ---------------------------------------------------------------------------
    def open(self, sheet_id: str) -> None:
        user = self.ctx.user
        self.flush()
        if user is None:
            self._show(None)
            return
        self._call(lambda: user.sheets.get(sheet_id), self._show)

    def start(self, worksheet_id: str, name: str | None = None, run_id: str | None = None,
              on_started: Callable[[SheetView], None] | None = None) -> None:
        user, libs = self.ctx.user, self.ctx.libs
        if user is None or libs is None:
            self.failed.emit(self.tr("Worksheets cannot be started: your data or the library "
                                     "is not open."))
            return
        self.flush()

        def go() -> SheetView:
            return user.sheets.start(libs.worksheet(worksheet_id), name, run_id=run_id,
                                     library=libs.infos[0])

        def done(sheet: SheetView) -> None:
            self._show(sheet)
            if on_started:
                on_started(sheet)

        self._call(go, done)

    def close(self) -> None:
        self.flush()
        self._show(None)

    def _show(self, sheet: SheetView | None) -> None:
        self._generation += 1
        self._sheet = sheet
        self.loaded.emit(sheet)

    # --- typing ----------------------------------------------------------------------------
    def edit(self, field_id: str, value: str) -> None:
        """A field changed on screen: remembered now, saved after a pause or MAX_WAIT_MS."""
        if self._sheet is None:
            return
        self._pending[field_id] = value
        self._sheet = replace(self._sheet, values={**self._sheet.values, field_id: value})
        self._pause.start()  # restarts: waits for a pause in typing...
        if not self._max_wait.isActive():
            self._max_wait.start()  # ...but never longer than this

    def flush(self) -> None:
        """Queue a save of every pending field now."""
        self._pause.stop()
        self._max_wait.stop()
        sheet, user = self._sheet, self.ctx.user
        pending, self._pending = self._pending, {}
        if sheet is None or user is None:
            return
        for field_id, value in pending.items():
            self._save(user, sheet.id, field_id, value)

    def _save(self, user: Any, sheet_id: str, field_id: str, value: str) -> None:
        generation = self._generation

        def done(stored: SheetView) -> None:
            if generation == self._generation and self._sheet is not None:
                # the screen holds what was typed since: take only the stored times
                self._sheet = replace(self._sheet, value_at=stored.value_at,
                                      updated_at=stored.updated_at)
            self.saved.emit(field_id)

        self._call(lambda: user.sheets.set_value(sheet_id, field_id, value), done)

    # --- the sheet itself ------------------------------------------------------------------
    def attach(self, run_id: str | None) -> None:
        sheet, user = self._sheet, self.ctx.user
        if sheet is None or user is None:
            return
        self.flush()

        def done(stored: SheetView) -> None:
            self._show(stored)
            self.saved.emit("")

        self._call(lambda: user.sheets.attach(sheet.id, run_id), done)

    def delete(self) -> None:
        sheet, user = self._sheet, self.ctx.user
        if sheet is None or user is None:
            return
        self._pending.clear()

        def done(_result: Any) -> None:
            self._show(None)
            self.deleted.emit(sheet.id)

        self._call(lambda: user.sheets.delete(sheet.id), done)

    def _call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        run_op(fn, on_done=on_done, on_failed=with_sentence(self.failed.emit), parent=self,
               queue="user")
