"""One open checklist run, shared by the run screen and checkpoint mode: loads or begins it,
ticks, notes, marks items not applicable, adds items, undoes, finishes, resets, renames and
deletes it through the core, on the worker's serial user queue.

The model is updated first (optimistic) and put right from the database if a write fails; this
module never touches widgets beyond its signals and never holds SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from fieldkit.core.clock import now_iso
from fieldkit.core.run_views import RunItemView, RunSummary, RunView, with_library
from fieldkit.ui.context import AppContext
from fieldkit.ui.models.run_items import RunItemsModel
from fieldkit.ui.worker import run_op, with_sentence


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
        self._undo: list[RunItemView] = []  # items as they were before each change, last last

    # --- reading ---------------------------------------------------------------------------
    @property
    def run(self) -> RunView | None:
        return self.model.run()

    def _with_current(self, run: RunView) -> RunView:
        """Flag items the current checklist dropped; runs on a worker."""
        return with_library(run, self.ctx.libs)

    def open(self, run_id: str | None = None, *, checklist_id: str | None = None) -> None:
        """That run, or the open one (of `checklist_id` when given, else of any checklist)."""
        user = self.ctx.user
        if user is None:
            self._show(None)
            return

        def load() -> RunView | None:
            rid = run_id
            if rid is None:
                if checklist_id is not None:
                    found = user.runs.open_run_of(checklist_id)
                else:
                    found = next(iter(user.runs.list(unfinished_only=True)), None)
                if found is None:
                    return None
                rid = found.id
            return self._with_current(user.runs.get(rid))

        self._call(load, self._show)

    def begin(self, checklist_id: str, name: str | None = None, *,
              on_choice: Callable[[str, RunSummary], None],
              on_started: Callable[[RunView], None] | None = None) -> None:
        """Start a run of this checklist, unless one is still open: then `on_choice(checklist
        title, open run)` lets the person continue it or start another. Check and start are one
        task on the serial queue, so two quick presses never start two runs."""
        user, libs = self.ctx.user, self.ctx.libs
        if user is None or libs is None:
            self.failed.emit(self.tr("Runs cannot be started: your data or the library is not "
                                     "open."))
            return

        def go() -> RunView | tuple[str, RunSummary]:
            found = user.runs.open_run_of(checklist_id)
            if found is not None:
                return found.checklist_title, found
            return self._with_current(
                user.runs.start(libs.checklist(checklist_id), name, libs.infos[0]))

        def done(result: RunView | tuple[str, RunSummary]) -> None:
            if isinstance(result, RunView):
                self._show(result)
                if on_started:
                    on_started(result)
            else:
                on_choice(*result)

        self._call(go, done)

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
        if run is None or self.run is None or run.id != self.run.id:
            self._undo.clear()  # undo never reaches into another run
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
        self._undo.append(item)
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
        self._undo.append(item)
        generation = self._generation

        def done_cb(result: RunItemView) -> None:
            if generation == self._generation:
                self.model.update_item(result)
                self.saved.emit(item_id, "note")

        self._call(lambda: user.runs.set_note(run.id, item_id, text), done_cb,
                   on_failed=self._revert)

    def _item_call(self, item_id: str, what: str, fn: Callable[[], RunItemView]) -> None:
        """A write that answers with the changed item: put it in place, say it is saved."""
        generation = self._generation

        def done_cb(result: RunItemView) -> None:
            if generation == self._generation:
                self.model.update_item(result)
                self.saved.emit(item_id, what)

        self._call(fn, done_cb, on_failed=self._revert)

    def set_na(self, item_id: str, na: bool, reason: str | None = None) -> None:
        """Mark an item not applicable (with an optional reason), or applicable again."""
        run, user = self.run, self.ctx.user
        item = self.model.item(item_id)
        if run is None or user is None or item is None or run.is_finished:
            return
        self._undo.append(item)
        self._item_call(item_id, "na", lambda: user.runs.set_na(run.id, item_id, na, reason))

    def undo(self) -> bool:
        """Put back the item changed last (tick, untick, note, not applicable); the undo is
        saved like any change. False when there is nothing to undo."""
        run, user = self.run, self.ctx.user
        if run is None or user is None or run.is_finished or not self._undo:
            return False
        before = self._undo.pop()
        self.model.update_item(before)
        self._item_call(before.id, "undo", lambda: user.runs.restore(run.id, before))
        return True

    def add_item(self, text: str, phase_id: str | None = None) -> None:
        """The person's own item; the run is loaded again to show it in place."""
        run, user = self.run, self.ctx.user
        if run is None or user is None or run.is_finished or not text.strip():
            return

        def go() -> tuple[str, RunView]:
            item = user.runs.add_item(run.id, text, phase_id)
            return item.id, self._with_current(user.runs.get(run.id))

        def done_cb(result: tuple[str, RunView]) -> None:
            self._show(result[1])
            self.saved.emit(result[0], "add")

        self._call(go, done_cb, on_failed=self._revert)

    def set_run_note(self, text: str) -> None:
        self._run_change("run-note", lambda user, rid: user.runs.set_run_note(rid, text))

    def set_author(self, author: str) -> None:
        self._run_change("author", lambda user, rid: user.runs.set_author(rid, author))

    def rename(self, name: str) -> None:
        self._run_change("rename", lambda user, rid: user.runs.rename(rid, name))

    def _run_change(self, what: str, fn: Callable[[Any, str], RunView]) -> None:
        """A change to the run itself (not an item): the model keeps its rows and ticks."""
        run, user = self.run, self.ctx.user
        if run is None or user is None:
            return
        generation = self._generation

        def done_cb(result: RunView) -> None:
            current = self.run
            if generation == self._generation and current is not None:
                self.model.set_run_fields(note=result.note, name=result.name,
                                          author=result.author, updated_at=result.updated_at)
                self.saved.emit("", what)

        self._call(lambda: fn(user, run.id), done_cb, on_failed=self._revert)

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
        run_op(fn, on_done=on_done, on_failed=with_sentence(on_failed or self.failed.emit),
               parent=self, queue=queue)


def _ticked(item: RunItemView, done: bool) -> RunItemView:
    if done:  # as the core does: a ticked item applies again
        return replace(item, done=True, done_at=now_iso(), na=False, na_reason=None)
    return replace(item, done=False, done_at=None)
