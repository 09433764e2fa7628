"""Checklist runs in the user DB: start, tick, note, finish, reopen, reset, delete.

A run copies its checklist's text when it starts, so a later content update never rewrites what a
person ticked. Every change is its own committed transaction before the call returns.
"""

from __future__ import annotations

import uuid
from contextlib import AbstractContextManager

from sqlalchemy import Engine, Integer, cast, func, select
from sqlalchemy.orm import Session, selectinload

from fieldkit.core.clock import now_iso
from fieldkit.core.content import ChecklistView, LibraryInfo
from fieldkit.core.db import user_transaction
from fieldkit.core.errors import NotFoundError, RunStateError
from fieldkit.core.models import Run, RunEvent, RunItem
from fieldkit.core.run_views import RunEventView, RunItemView, RunSummary, RunView


def _item_view(i: RunItem) -> RunItemView:
    return RunItemView(i.item_id, i.phase_id, i.phase_title, i.text, i.detail, i.kind,
                       list(i.prompts or []), bool(i.done), i.done_at, i.note, i.note_at)


def _run_view(r: Run) -> RunView:
    return RunView(r.id, r.name, r.checklist_id, r.checklist_title, r.started_at, r.updated_at,
                   r.finished_at, [_item_view(i) for i in r.items], r.library_id,
                   r.library_version)


class RunStore:
    """Checklist runs kept in the user DB."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _tx(self) -> AbstractContextManager[Session]:
        return user_transaction(self.engine)

    def _get(self, s: Session, run_id: str) -> Run:
        run = s.get(Run, run_id, options=[selectinload(Run.items)])
        if run is None:
            raise NotFoundError("run", run_id)
        return run

    def start(self, checklist: ChecklistView, name: str | None = None,
              library: LibraryInfo | None = None) -> RunView:
        now = now_iso()
        run = Run(id=uuid.uuid4().hex[:12], checklist_id=checklist.id,
                  checklist_title=checklist.title, name=(name or "").strip() or None,
                  library_id=library.id if library else None,
                  library_version=library.version if library else None,
                  started_at=now, updated_at=now, finished_at=None)
        position = 0
        for phase in checklist.phases:
            for item in phase.items:
                run.items.append(RunItem(item_id=item.id, position=position, phase_id=phase.id,
                                         phase_title=phase.title, text=item.text,
                                         detail=item.detail, kind=item.kind,
                                         prompts=list(item.prompts), done=False))
                position += 1
        with self._tx() as s:
            s.add(run)
            s.add(RunEvent(run_id=run.id, at=now, action="start", item_id=None, value=run.name))
            s.flush()
            return _run_view(run)

    def get(self, run_id: str) -> RunView:
        with self._tx() as s:
            return _run_view(self._get(s, run_id))

    def list(self, *, unfinished_only: bool = False) -> list[RunSummary]:
        with self._tx() as s:
            # sum() takes its column's type: summed Booleans would come back as True (1).
            done = func.sum(cast(RunItem.done, Integer))
            stmt = (select(Run, func.coalesce(done, 0), func.count(RunItem.item_id))
                    .outerjoin(RunItem).group_by(Run.id)
                    .order_by(Run.updated_at.desc(), Run.started_at.desc()))
            if unfinished_only:
                stmt = stmt.where(Run.finished_at.is_(None))
            return [RunSummary(r.id, r.name, r.checklist_id, r.checklist_title, r.started_at,
                               r.updated_at, r.finished_at, int(d), int(t))
                    for r, d, t in s.execute(stmt)]

    def tick(self, run_id: str, item_id: str, done: bool = True,
             note: str | None = None) -> RunItemView:
        now = now_iso()
        with self._tx() as s:
            run = self._get(s, run_id)
            if run.finished_at is not None:
                raise RunStateError(f"run {run_id} is finished; reopen it to change it")
            item = next((i for i in run.items if i.item_id == item_id), None)
            if item is None:
                raise NotFoundError("item in this run", item_id)
            if item.done != done:
                item.done, item.done_at = done, now if done else None
                s.add(RunEvent(run_id=run_id, at=now, action="tick" if done else "untick",
                               item_id=item_id, value=None))
            if note is not None:
                self._set_note(s, item, note, now)
            run.updated_at = now
            return _item_view(item)

    def set_note(self, run_id: str, item_id: str, note: str) -> RunItemView:
        now = now_iso()
        with self._tx() as s:
            run = self._get(s, run_id)
            if run.finished_at is not None:  # as for tick: a finished run's report stands
                raise RunStateError(f"run {run_id} is finished; reopen it to change it")
            item = next((i for i in run.items if i.item_id == item_id), None)
            if item is None:
                raise NotFoundError("item in this run", item_id)
            self._set_note(s, item, note, now)
            run.updated_at = now
            return _item_view(item)

    @staticmethod
    def _set_note(s: Session, item: RunItem, note: str, now: str) -> None:
        text = note.strip() or None
        if text != item.note:
            item.note, item.note_at = text, now
            s.add(RunEvent(run_id=item.run_id, at=now, action="note", item_id=item.item_id,
                           value=text))

    def _set_state(self, run_id: str, action: str) -> RunView:
        now = now_iso()
        with self._tx() as s:
            run = self._get(s, run_id)
            if action == "finish":
                if run.finished_at is not None:
                    return _run_view(run)
                run.finished_at = now
            elif action == "reopen":
                run.finished_at = None
            elif action == "reset":
                for item in run.items:
                    item.done, item.done_at = False, None
                run.finished_at = None
            run.updated_at = now
            s.add(RunEvent(run_id=run_id, at=now, action=action, item_id=None, value=None))
            return _run_view(run)

    def finish(self, run_id: str) -> RunView:
        return self._set_state(run_id, "finish")

    def reopen(self, run_id: str) -> RunView:
        return self._set_state(run_id, "reopen")

    def reset(self, run_id: str) -> RunView:
        """Untick every item (notes are kept); the run is open again."""
        return self._set_state(run_id, "reset")

    def rename(self, run_id: str, name: str) -> RunView:
        with self._tx() as s:
            run = self._get(s, run_id)
            run.name = name.strip() or None
            run.updated_at = now_iso()
            return _run_view(run)

    def delete(self, run_id: str) -> None:
        with self._tx() as s:
            s.delete(self._get(s, run_id))

    def events(self, run_id: str) -> list[RunEventView]:
        with self._tx() as s:
            self._get(s, run_id)
            rows = s.scalars(select(RunEvent).where(RunEvent.run_id == run_id)
                             .order_by(RunEvent.id))
            return [RunEventView(e.at, e.action, e.item_id, e.value) for e in rows]
