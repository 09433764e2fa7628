"""Item-data roles shared by the screens' models and the delegates that paint them.

Names only: no data, no behaviour.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Roles(IntEnum):
    Title = Qt.ItemDataRole.UserRole + 1
    Meta = Qt.ItemDataRole.UserRole + 2
    Snippet = Qt.ItemDataRole.UserRole + 3
    IsHeader = Qt.ItemDataRole.UserRole + 4
    Hit = Qt.ItemDataRole.UserRole + 5
    Kind = Qt.ItemDataRole.UserRole + 6
    Id = Qt.ItemDataRole.UserRole + 7
    Run = Qt.ItemDataRole.UserRole + 8
