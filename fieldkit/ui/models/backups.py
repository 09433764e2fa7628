"""The user's backups, newest first, as a list model (Settings › Backups). No data of its own:
the rows are `BackupInfo`s the core listed on the worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
)

from fieldkit.core.backup import BackupInfo
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.models.rows import RowListModel

KIND_NAMES = {  # marked for lupdate; translated when shown
    "daily": QT_TRANSLATE_NOOP("BackupListModel", "daily copy"),
    "weekly": QT_TRANSLATE_NOOP("BackupListModel", "weekly copy"),
    "install": QT_TRANSLATE_NOOP("BackupListModel", "before a library update"),
    "kept": QT_TRANSLATE_NOOP("BackupListModel", "kept before a restore"),
    "before-restore": QT_TRANSLATE_NOOP("BackupListModel", "before a restore"),
    "damaged": QT_TRANSLATE_NOOP("BackupListModel", "damaged file set aside"),
    "moved": QT_TRANSLATE_NOOP("BackupListModel", "from the old data location"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupListModel", text)


def describe(backup: BackupInfo) -> str:
    """'30 Nov 2026 07:10 · daily copy · 84 KB' in the person's local time."""
    from fieldkit.ui.time_format import local_when

    kind = _tr(KIND_NAMES.get(backup.kind, backup.kind))
    size = QLocale().formattedDataSize(max(1024, backup.size), 0,
                                       QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return f"{local_when(backup.taken_at.isoformat())} · {kind} · {size}"


class BackupListModel(RowListModel):
    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.set_rows(rows)

    def backup(self, row: int) -> BackupInfo | None:
        return self.row(row)

    def row_key(self, row: BackupInfo) -> str:
        return row.name

    def row_data(self, b: BackupInfo, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(b)
        if role == Roles.Id:
            return b.name
        return None
