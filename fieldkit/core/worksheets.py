"""Filled-in worksheets ("sheets") in the user DB: start, set a field, attach to a run, rename,
delete, list.

A sheet copies its worksheet when it starts, like a run copies its checklist, so a later library
never rewrites what was filled in. Every change is its own committed transaction before the call
returns: the GUI sends them through the same serial user queue as ticks.
"""

from __future__ import annotations

import uuid
from contextlib import AbstractContextManager

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, selectinload

from fieldkit.core.clock import now_iso
from fieldkit.core.content import LibraryInfo
from fieldkit.core.db import user_transaction
from fieldkit.core.errors import NotFoundError
from fieldkit.core.models import Run, Sheet, SheetValue
from fieldkit.core.worksheet_views import (
    SheetSummary,
    SheetView,
    WorksheetView,
    normalise_value,
)


def _sheet_view(sheet: Sheet) -> SheetView:
    values = {v.field_id: v.value for v in sheet.values}
    stamps = {v.field_id: v.updated_at for v in sheet.values}
    return SheetView(sheet.id, sheet.name, WorksheetView.from_json(sheet.worksheet), sheet.run_id,
                     sheet.started_at, sheet.updated_at, values, stamps, sheet.library_id,
                     sheet.library_version)


class SheetStore:
    """Filled-in worksheets kept in the user DB."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _tx(self) -> AbstractContextManager[Session]:
        return user_transaction(self.engine)

    def _get(self, s: Session, sheet_id: str) -> Sheet:
        sheet = s.get(Sheet, sheet_id, options=[selectinload(Sheet.values)])
        if sheet is None:
            raise NotFoundError("sheet", sheet_id)
        return sheet

    @staticmethod
    def _check_run(s: Session, run_id: str | None) -> None:
        if run_id is not None and s.get(Run, run_id) is None:
            raise NotFoundError("run", run_id)

    def start(self, worksheet: WorksheetView, name: str | None = None, *,
              run_id: str | None = None, library: LibraryInfo | None = None) -> SheetView:
        """A new sheet of `worksheet`, recording the library (pack) that served it (`library`
        stands in only for a worksheet view that does not say)."""
        now = now_iso()
        library = worksheet.source or library
        with self._tx() as s:
            self._check_run(s, run_id)
            sheet = Sheet(id=uuid.uuid4().hex[:12], worksheet_id=worksheet.id,
                          worksheet_title=worksheet.title, worksheet=worksheet.as_json(),
                          library_id=library.id if library else None,
                          library_version=library.version if library else None,
                          run_id=run_id, name=(name or "").strip() or None,
                          started_at=now, updated_at=now)
            s.add(sheet)
            s.flush()
            return _sheet_view(sheet)

    def get(self, sheet_id: str) -> SheetView:
        with self._tx() as s:
            return _sheet_view(self._get(s, sheet_id))

    def set_value(self, sheet_id: str, field_id: str, value: str) -> SheetView:
        """Store `value` for the field (checked against its kind; '' clears it)."""
        now = now_iso()
        with self._tx() as s:
            sheet = self._get(s, sheet_id)
            f = WorksheetView.from_json(sheet.worksheet).field(field_id)
            if f is None:
                raise NotFoundError("field in this sheet", field_id)
            text = normalise_value(f, value)
            row = next((v for v in sheet.values if v.field_id == field_id), None)
            if not text:
                if row is not None:
                    sheet.values.remove(row)
            elif row is None:
                sheet.values.append(SheetValue(field_id=field_id, value=text, updated_at=now))
            elif row.value != text:
                row.value, row.updated_at = text, now
            sheet.updated_at = now
            s.flush()
            return _sheet_view(sheet)

    def attach(self, sheet_id: str, run_id: str | None) -> SheetView:
        """Attach the sheet to a run (its report then shows the sheet), or detach with None."""
        with self._tx() as s:
            sheet = self._get(s, sheet_id)
            self._check_run(s, run_id)
            sheet.run_id = run_id
            sheet.updated_at = now_iso()
            return _sheet_view(sheet)

    def rename(self, sheet_id: str, name: str) -> SheetView:
        with self._tx() as s:
            sheet = self._get(s, sheet_id)
            sheet.name = name.strip() or None
            sheet.updated_at = now_iso()
            return _sheet_view(sheet)

    def delete(self, sheet_id: str) -> None:
        with self._tx() as s:
            s.delete(self._get(s, sheet_id))

    def list(self, *, run_id: str | None = None) -> list[SheetSummary]:
        """Most recently changed first; only those attached to `run_id` when given."""
        with self._tx() as s:
            stmt = (select(Sheet, func.count(SheetValue.field_id)).outerjoin(SheetValue)
                    .group_by(Sheet.id)
                    .order_by(Sheet.updated_at.desc(), Sheet.started_at.desc(), Sheet.id))
            if run_id is not None:
                stmt = stmt.where(Sheet.run_id == run_id)
            out = []
            for sheet, filled in s.execute(stmt):
                total = sum(1 for _f in WorksheetView.from_json(sheet.worksheet).fields())
                out.append(SheetSummary(sheet.id, sheet.name, sheet.worksheet_id,
                                        sheet.worksheet_title, sheet.run_id, sheet.started_at,
                                        sheet.updated_at, int(filled), total))
            return out

    def for_run(self, run_id: str) -> list[SheetView]:
        """The sheets attached to a run, in the order they were started (for its report)."""
        with self._tx() as s:
            rows = s.scalars(select(Sheet).where(Sheet.run_id == run_id)
                             .options(selectinload(Sheet.values))
                             .order_by(Sheet.started_at, Sheet.id))
            return [_sheet_view(r) for r in rows]
