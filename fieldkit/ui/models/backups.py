"""The user's backups, newest first, as a list model (Settings › Backups). No data of its own:
the rows are `BackupInfo`s the core listed on the worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldkit.core.backup import BackupInfo
from fieldkit.ui.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex
KIND_NAMES = {
    "daily": "daily copy", "weekly": "weekly copy", "install": "before a library update",
    "kept": "kept before a restore", "before-restore": "before a restore",
    "damaged": "damaged file set aside", "moved": "from the old data location",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupListModel", text)


def describe(backup: BackupInfo) -> str:
    """'30 Nov 2026 07:10 · daily copy · 84 KB' in the person's local time."""
    from fieldkit.ui.time_format import local_when

    kind = _tr(KIND_NAMES.get(backup.kind, backup.kind))
    size = f"{max(1, round(backup.size / 1024))} KB"
    return f"{local_when(backup.taken_at.isoformat())} · {kind} · {size}"


class BackupListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        b = self.backup(index.row())
        if b is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(b)
        if role == Roles.Id:
            return b.name
        return None
