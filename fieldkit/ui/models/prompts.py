"""Prompt topics (with how many prompts each holds under the current setting filter) and the
prompts of one topic, as list models.

Hold what they are given; the prompts screen loads them from the core on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from fieldkit.core.content import PromptView, TopicView
from fieldkit.ui.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex


class TopicListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TopicView] = []

    def set_topics(self, rows: list[TopicView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def topic(self, row: int) -> TopicView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, topic_id: str) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == topic_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return t.title
        if role == Roles.Meta:
            return self.tr("%n prompt(s)", "", t.count)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{t.title}, {self.tr('%n prompt(s)', '', t.count)}"
        if role == Roles.Id:
            return t.id
        return None


class PromptListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PromptView] = []

    def set_prompts(self, rows: list[PromptView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def prompt(self, row: int) -> PromptView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, prompt_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == prompt_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title, Qt.ItemDataRole.AccessibleTextRole):
            return p.title
        if role == Roles.Snippet:
            return p.text
        if role == Roles.Id:
            return p.id
        return None
