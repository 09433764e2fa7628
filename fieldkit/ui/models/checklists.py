"""The checklists in the library as a list model (title, setting, summary).

Holds what it is given; the screen loads the checklists on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from fieldkit.core.content import ChecklistView
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.models.rows import RowListModel

# Marked for lupdate; setting_name() translates them when shown.
SETTING_NAMES = {
    "checkpoint": QT_TRANSLATE_NOOP("Settings", "At a checkpoint"),
    "community-meeting": QT_TRANSLATE_NOOP("Settings", "Community meeting"),
    "clinic": QT_TRANSLATE_NOOP("Settings", "Clinic"),
    "distribution-site": QT_TRANSLATE_NOOP("Settings", "Distribution site"),
}


def setting_name(setting: str | None) -> str:
    """The setting's name for people ("Community meeting"), translated."""
    if not setting:
        return QCoreApplication.translate("Settings", "All settings")
    return QCoreApplication.translate("Settings", SETTING_NAMES.get(setting, setting))


class ChecklistListModel(RowListModel):
    def set_checklists(self, rows: list[ChecklistView]) -> None:
        self.set_rows(rows)

    def checklist(self, row: int) -> ChecklistView | None:
        return self.row(row)

    def row_data(self, c: ChecklistView, role: int) -> Any:
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
