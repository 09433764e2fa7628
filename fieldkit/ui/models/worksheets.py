"""The library's worksheets and the person's filled-in sheets, as list models.

Hold the summaries they are given; the screen loads them on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from fieldkit.core.worksheet_views import SheetSummary, WorksheetSummary
from fieldkit.ui.models.recent_runs import when_text
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.models.rows import RowListModel


class WorksheetListModel(RowListModel):
    def set_worksheets(self, rows: list[WorksheetSummary]) -> None:
        self.set_rows(rows)

    def worksheet(self, row: int) -> WorksheetSummary | None:
        return self.row(row)

    def row_data(self, w: WorksheetSummary, role: int) -> Any:
        meta = self.tr("%n field(s) to fill in", "", w.fields) if w.fields \
            else self.tr("a card to read")
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return w.title
        if role == Roles.Meta:
            return meta
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{w.title}, {meta}"
        if role in (Roles.Id, Qt.ItemDataRole.UserRole):
            return w.id
        return None


def sheet_meta(sheet: SheetSummary) -> str:
    filled = SheetListModel.tr("%1 of %2 filled in").replace("%1", str(sheet.filled)) \
        .replace("%2", str(sheet.total))
    parts = [sheet.worksheet_title] if sheet.name else []
    parts += [filled, when_text(sheet.updated_at)]
    if sheet.run_id:
        parts.append(SheetListModel.tr("part of a run"))
    return " · ".join(parts)


class SheetListModel(RowListModel):
    def set_sheets(self, rows: list[SheetSummary]) -> None:
        self.set_rows(rows)

    def sheet(self, row: int) -> SheetSummary | None:
        return self.row(row)

    def row_data(self, s: SheetSummary, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return s.label
        if role == Roles.Meta:
            return sheet_meta(s)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{s.label}, {sheet_meta(s)}"
        if role in (Roles.Id, Qt.ItemDataRole.UserRole):
            return s.id
        return None
