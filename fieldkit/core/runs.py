"""Checklist runs in the user DB: start, tick, note, mark not applicable, add items, finish,
reopen, reset, rename, delete, undo; and which run of a checklist is the open one.

A run copies its checklist's text when it starts, so a later content update never rewrites what a
person ticked. Every change is its own committed transaction before the call returns.
"""

from __future__ import annotations

import uuid
from contextlib import AbstractContextManager

from sqlalchemy import Engine, and_, case, func, select
from sqlalchemy.orm import Session, selectinload

from fieldkit.core.clock import now_iso
from fieldkit.core.content import ChecklistView, LibraryInfo
from fieldkit.core.db import user_transaction
from fieldkit.core.errors import NotFoundError, RunStateError
from fieldkit.core.models import Run, RunEvent, RunItem
from fieldkit.core.run_views import (
    RunEventView,
    RunItemView,
    RunSummary,
    RunView,
    default_run_name,
)


def _item_view(i: RunItem) -> RunItemView:
    return RunItemView(i.item_id, i.phase_id, i.phase_title, i.text, i.detail, i.kind,
                       list(i.prompts or []), bool(i.done), i.done_at, i.note, i.note_at,
                       na=bool(i.na), na_reason=i.na_reason, added=bool(i.added))


def _run_view(r: Run) -> RunView:
    return RunView(r.id, r.name, r.checklist_id, r.checklist_title, r.started_at, r.updated_at,
                   r.finished_at, [_item_view(i) for i in r.items], r.library_id,
                   r.library_version, note=r.note, author=r.author,
                   language=r.language or "en")


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

    def _get_open(self, s: Session, run_id: str) -> Run:
        run = self._get(s, run_id)
        if run.finished_at is not None:  # a finished run's report stands
            raise RunStateError(f"run {run_id} is finished; reopen it to change it")
        return run

    @staticmethod
    def _item(run: Run, item_id: str) -> RunItem:
        item = next((i for i in run.items if i.item_id == item_id), None)
        if item is None:
            raise NotFoundError("item in this run", item_id)
        return item

    def start(self, checklist: ChecklistView, name: str | None = None,
              library: LibraryInfo | None = None, author: str | None = None) -> RunView:
        """A new run; unnamed, it is called after its checklist with the date and time. The run
        records the library (pack) that served the checklist; `library` only stands in for a
        checklist view that does not say (one made by hand)."""
        now = now_iso()
        library = checklist.source or library
        run = Run(id=uuid.uuid4().hex[:12], checklist_id=checklist.id,
                  checklist_title=checklist.title,
                  name=(name or "").strip() or default_run_name(checklist.title, now),
                  author=(author or "").strip() or None, language=checklist.language,
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

    def list(self, *, unfinished_only: bool = False,
             checklist_id: str | None = None) -> list[RunSummary]:
        """Most recently touched first. Items marked not applicable count in neither figure."""
        with self._tx() as s:
            # sum() of a CASE, not of the Boolean: summed Booleans would come back as True (1).
            applies = RunItem.na.is_(False)
            done = func.sum(case((and_(RunItem.done.is_(True), applies), 1), else_=0))
            total = func.sum(case((applies, 1), else_=0))
            stmt = (select(Run, func.coalesce(done, 0), func.coalesce(total, 0))
                    .outerjoin(RunItem).group_by(Run.id)
                    .order_by(Run.updated_at.desc(), Run.started_at.desc()))
            if unfinished_only:
                stmt = stmt.where(Run.finished_at.is_(None))
            if checklist_id is not None:
                stmt = stmt.where(Run.checklist_id == checklist_id)
            return [RunSummary(r.id, r.name, r.checklist_id, r.checklist_title, r.started_at,
                               r.updated_at, r.finished_at, int(d), int(t))
                    for r, d, t in s.execute(stmt)]

    def open_run_of(self, checklist_id: str) -> RunSummary | None:
        """The open run of a checklist: its most recently touched unfinished run, if any. The
        one answer for checkpoint mode, the checklists screen, Home and the CLI."""
        runs = self.list(unfinished_only=True, checklist_id=checklist_id)
        return runs[0] if runs else None

    def tick(self, run_id: str, item_id: str, done: bool = True,
             note: str | None = None) -> RunItemView:
        now = now_iso()
        with self._tx() as s:
            run = self._get_open(s, run_id)
            item = self._item(run, item_id)
            if item.done != done:
                item.done, item.done_at = done, now if done else None
                if done:  # ticked after all: it applies again
                    item.na, item.na_reason = False, None
                s.add(RunEvent(run_id=run_id, at=now, action="tick" if done else "untick",
                               item_id=item_id, value=None))
            if note is not None:
                self._set_note(s, item, note, now)
            run.updated_at = now
            return _item_view(item)

    def set_note(self, run_id: str, item_id: str, note: str) -> RunItemView:
        now = now_iso()
        with self._tx() as s:
            run = self._get_open(s, run_id)
            item = self._item(run, item_id)
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

    def set_na(self, run_id: str, item_id: str, na: bool = True,
               reason: str | None = None) -> RunItemView:
        """Mark an item not applicable here (with an optional reason), or applicable again.
        A not-applicable item is never ticked; it stays in the run and the report as "n/a"."""
        now = now_iso()
        with self._tx() as s:
            run = self._get_open(s, run_id)
            item = self._item(run, item_id)
            text = (reason or "").strip() or None if na else None
            if (bool(item.na), item.na_reason) != (na, text):
                item.na, item.na_reason = na, text
                if na:
                    item.done, item.done_at = False, None
                s.add(RunEvent(run_id=run_id, at=now, action="na" if na else "applicable",
                               item_id=item_id, value=text))
                run.updated_at = now
            return _item_view(item)

    def add_item(self, run_id: str, text: str, phase_id: str | None = None) -> RunItemView:
        """The person's own item, at the end of `phase_id` (default: the last phase); kept in
        the run and the report, marked as added."""
        text = text.strip()
        if not text:
            raise RunStateError("an added item needs some text", code="run.empty_item")
        now = now_iso()
        with self._tx() as s:
            run = self._get_open(s, run_id)
            items = list(run.items)
            in_phase = [i for i in items if phase_id is None or i.phase_id == phase_id]
            if phase_id is not None and not in_phase:
                raise NotFoundError("phase in this run", phase_id)
            last = in_phase[-1] if in_phase else None
            position = last.position + 1 if last else 0
            for other in items:
                if other.position >= position:
                    other.position += 1
            item = RunItem(item_id=f"added-{uuid.uuid4().hex[:8]}", position=position,
                           phase_id=last.phase_id if last else "added",
                           phase_title=last.phase_title if last else "Added items",
                           text=text, detail=None, kind="check", prompts=[], done=False,
                           na=False, added=True)
            run.items.append(item)
            s.add(RunEvent(run_id=run_id, at=now, action="add", item_id=item.item_id,
                           value=text))
            run.updated_at = now
            s.flush()
            return _item_view(item)

    def restore(self, run_id: str, before: RunItemView) -> RunItemView:
        """Put an item back as it was (`before`, a view taken before a change): undo. The undo
        is a change like any other: committed at once and written to the timeline."""
        now = now_iso()
        with self._tx() as s:
            run = self._get_open(s, run_id)
            item = self._item(run, before.id)
            item.done, item.done_at = before.done, before.done_at
            item.note, item.note_at = before.note, before.note_at
            item.na, item.na_reason = before.na, before.na_reason
            s.add(RunEvent(run_id=run_id, at=now, action="undo", item_id=before.id,
                           value=None))
            run.updated_at = now
            return _item_view(item)

    def set_run_note(self, run_id: str, note: str) -> RunView:
        """The note for the whole run (in the report); a finished run's note can still grow."""
        now = now_iso()
        with self._tx() as s:
            run = self._get(s, run_id)
            text = note.strip() or None
            if text != run.note:
                run.note, run.updated_at = text, now
                s.add(RunEvent(run_id=run_id, at=now, action="run-note", item_id=None,
                               value=text))
            return _run_view(run)

    def set_author(self, run_id: str, author: str) -> RunView:
        with self._tx() as s:
            run = self._get(s, run_id)
            run.author = author.strip() or None
            run.updated_at = now_iso()
            return _run_view(run)

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
        """A blank name gives back the default one (checklist, date and time it started)."""
        with self._tx() as s:
            run = self._get(s, run_id)
            run.name = name.strip() or default_run_name(run.checklist_title, run.started_at)
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
