"""One open checklist run, shared by the run screen and checkpoint mode: loads it, ticks, notes,
finishes, resets and deletes it through the core, on the worker's serial user queue.

The model is updated first (optimistic) and put right from the database if a write fails; this
module never touches widgets beyond its signals and never holds SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from fieldkit.core.clock import now_iso
from fieldkit.core.content import ChecklistView
from fieldkit.core.errors import FieldKitError, NotFoundError
from fieldkit.core.run_views import RunItemView, RunView
from fieldkit.ui.context import AppContext
from fieldkit.ui.models.run_items import RunItemsModel
from fieldkit.ui.worker import run_op


class RunControl(QObject):
    loaded = Signal(object)       # RunView | None, after open/start/state changes
    saved = Signal(str, str)      # item id ("" for the run itself), what ("tick", "note", ...)
    failed = Signal(str)          # one plain sentence
    deleted = Signal(str)         # run id

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RunItemsModel(self)
        self.model.tick_requested.connect(self.tick)
        self._pending: dict[str, int] = {}
        self._generation = 0

    # --- reading ---------------------------------------------------------------------------
    @property
    def run(self) -> RunView | None:
        return self.model.run()

    def _with_current(self, run: RunView) -> RunView:
        """Flag items the current checklist dropped; runs on a worker."""
        if self.ctx.libs is None:
            return run
        try:
            return run.with_current(self.ctx.libs.checklist(run.checklist_id))
        except NotFoundError:  # the checklist left the library: every item is flagged removed,
            # while the run's own copy still shows what was ticked
            return run.with_current(ChecklistView(run.checklist_id, run.checklist_title, None,
                                                  None, []))
        except FieldKitError:  # the library cannot be read now: show the run's own copy
            return run

    def open(self, run_id: str | None = None, *, checklist_id: str | None = None) -> None:
        """That run, or the most recent unfinished one (of `checklist_id` when given)."""
        user = self.ctx.user
        if user is None:
            self._show(None)
            return

        def load() -> RunView | None:
            rid = run_id
            if rid is None:
                runs = [r for r in user.runs.list(unfinished_only=True)
                        if checklist_id is None or r.checklist_id == checklist_id]
                if not runs:
                    return None
                rid = runs[0].id
            return self._with_current(user.runs.get(rid))

        self._call(load, self._show)

    def resume_or_start(self, checklist_id: str, name: str | None = None) -> None:
        """Checkpoint mode: the unfinished run of this checklist, or a new one. Serial with
        writes so two quick presses never start two runs."""
        user, libs = self.ctx.user, self.ctx.libs
        if user is None or libs is None:
            self._show(None)
            return

        def go() -> RunView:
            runs = [r for r in user.runs.list(unfinished_only=True)
                    if r.checklist_id == checklist_id]
            if runs:
                return self._with_current(user.runs.get(runs[0].id))
            return self._with_current(
                user.runs.start(libs.checklist(checklist_id), name, libs.infos[0]))

        self._call(go, self._show)

    def start(self, checklist_id: str, name: str | None = None,
              on_started: Callable[[RunView], None] | None = None) -> None:
        user, libs = self.ctx.user, self.ctx.libs
        if user is None or libs is None:
            self.failed.emit(self.tr("Runs cannot be started: your data or the library is not "
                                     "open."))
            return

        def go() -> RunView:
            return self._with_current(
                user.runs.start(libs.checklist(checklist_id), name, libs.infos[0]))

        def done(run: RunView) -> None:
            self._show(run)
            if on_started:
                on_started(run)

        self._call(go, done)

    def _show(self, run: RunView | None) -> None:
        self._generation += 1
        self._pending.clear()
        self.model.set_run(run)
        self.model.set_editable(run is not None and not run.is_finished)
        self.loaded.emit(run)

    def reload(self) -> None:
        if self.run is not None:
            self.open(self.run.id)

    # --- writing ---------------------------------------------------------------------------
    def tick(self, item_id: str, done: bool) -> None:
        run, user = self.run, self.ctx.user
        item = self.model.item(item_id)
        if run is None or user is None or item is None or run.is_finished:
            return
        self.model.update_item(_ticked(item, done))  # optimistic: the screen answers at once
        self._pending[item_id] = self._pending.get(item_id, 0) + 1
        generation = self._generation

        def done_cb(result: RunItemView) -> None:
            if generation != self._generation:
                return
            self._pending[item_id] -= 1
            if not self._pending[item_id]:
                self.model.update_item(result)  # the stored time, once the last write landed
            self.saved.emit(item_id, "tick")

        self._call(lambda: user.runs.tick(run.id, item_id, done), done_cb, on_failed=self._revert)

    def toggle(self, item_id: str) -> None:
        item = self.model.item(item_id)
        if item is not None:
            self.tick(item_id, not item.done)

    def set_note(self, item_id: str, text: str) -> None:
        run, user = self.run, self.ctx.user
        item = self.model.item(item_id)
        if run is None or user is None or item is None or (item.note or "") == text.strip():
            return
        generation = self._generation

        def done_cb(result: RunItemView) -> None:
            if generation == self._generation:
                self.model.update_item(result)
                self.saved.emit(item_id, "note")

        self._call(lambda: user.runs.set_note(run.id, item_id, text), done_cb,
                   on_failed=self._revert)

    def _state(self, action: str) -> None:
        run, user = self.run, self.ctx.user
        if run is None or user is None:
            return
        fn = {"finish": user.runs.finish, "reopen": user.runs.reopen,
              "reset": user.runs.reset}[action]

        def done_cb(result: RunView) -> None:
            self._show(result)
            self.saved.emit("", action)

        self._call(lambda: self._with_current(fn(run.id)), done_cb, on_failed=self._revert)

    def finish(self) -> None:
        self._state("finish")

    def reopen(self) -> None:
        self._state("reopen")

    def reset(self) -> None:
        self._state("reset")

    def delete(self) -> None:
        run, user = self.run, self.ctx.user
        if run is None or user is None:
            return

        def done_cb(_result: Any) -> None:
            self._show(None)
            self.deleted.emit(run.id)

        self._call(lambda: user.runs.delete(run.id), done_cb, on_failed=self._revert)

    # --- plumbing --------------------------------------------------------------------------
    def _revert(self, message: str) -> None:
        """A write failed: say so in one sentence and show what is really stored."""
        self.failed.emit(message)
        self.reload()

    def _call(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *,
              queue: str = "user", on_failed: Callable[[str], None] | None = None) -> None:
        run_op(fn, on_done=on_done, on_failed=on_failed or self.failed.emit, parent=self,
               queue=queue)


def _ticked(item: RunItemView, done: bool) -> RunItemView:
    return replace(item, done=done, done_at=now_iso() if done else None)
