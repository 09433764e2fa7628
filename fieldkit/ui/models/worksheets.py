"""The library's worksheets and the person's filled-in sheets, as list models.

Hold the summaries they are given; the screen loads them on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldkit.core.worksheet_views import SheetSummary, WorksheetSummary
from fieldkit.ui.models.recent_runs import when_text
from fieldkit.ui.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Worksheets", text, None, n)


class WorksheetListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[WorksheetSummary] = []

    def set_worksheets(self, rows: list[WorksheetSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def worksheet(self, row: int) -> WorksheetSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, worksheet_id: str) -> int:
        return next((i for i, w in enumerate(self._rows) if w.id == worksheet_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self._rows[index.row()]
        meta = _tr("%n field(s) to fill in", w.fields) if w.fields else _tr("a card to read")
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
    filled = _tr("%1 of %2 filled in").replace("%1", str(sheet.filled)) \
        .replace("%2", str(sheet.total))
    parts = [sheet.worksheet_title] if sheet.name else []
    parts += [filled, when_text(sheet.updated_at)]
    if sheet.run_id:
        parts.append(_tr("part of a run"))
    return " · ".join(parts)


class SheetListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SheetSummary] = []

    def set_sheets(self, rows: list[SheetSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sheet(self, row: int) -> SheetSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, sheet_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == sheet_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return s.label
        if role == Roles.Meta:
            return sheet_meta(s)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{s.label}, {sheet_meta(s)}"
        if role in (Roles.Id, Qt.ItemDataRole.UserRole):
            return s.id
        return None
