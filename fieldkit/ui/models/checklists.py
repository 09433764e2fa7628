"""The checklists in the library as a list model (title, setting, summary).

Holds what it is given; the screen loads the checklists on a worker.
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

from fieldkit.core.content import ChecklistView
from fieldkit.ui.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex

SETTING_NAMES = {
    "checkpoint": "At a checkpoint",
    "community-meeting": "Community meeting",
    "clinic": "Clinic",
    "distribution-site": "Distribution site",
}


def setting_name(setting: str | None) -> str:
    """The setting's name for people ("Community meeting"), translated."""
    if not setting:
        return QCoreApplication.translate("Settings", "All settings")
    return QCoreApplication.translate("Settings", SETTING_NAMES.get(setting, setting))


class ChecklistListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChecklistView] = []

    def set_checklists(self, rows: list[ChecklistView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def checklist(self, row: int) -> ChecklistView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, checklist_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == checklist_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return c.title
        if role == Roles.Meta:
            return setting_name(c.setting) if c.setting else ""
        if role == Roles.Snippet:
            return c.summary or ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return c.title
        if role == Roles.Id:
            return c.id
        return None
