"""The one base for the simple list models: typed rows the screen hands over (loaded on a
worker), looked up by row or by id; each subclass says only what a row shows in each role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_key(self, row: Any) -> str:
        """What `row_of` finds a row by: its id."""
        return str(row.id)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if self.row_key(r) == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        return None if row is None else self.row_data(row, role)

    def row_data(self, row: Any, role: int) -> Any:
        raise NotImplementedError
