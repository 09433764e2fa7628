"""The global search popup's rows: hits grouped by kind under section headers, plus a
"see all in the library" row. Holds the rows it is given; never runs a search itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldkit.core.search import SearchHit
from fieldkit.ui.models.records import hit_meta
from fieldkit.ui.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex
# The order groups appear in: what to do now first, then prompts, then reading.
GROUP_ORDER = ("checklist", "prompt", "record")


def group_title(kind: str) -> str:
    return {"checklist": QCoreApplication.translate("SearchResults", "Checklists"),
            "prompt": QCoreApplication.translate("SearchResults", "Cultural prompts"),
            "record": QCoreApplication.translate("SearchResults", "Library")}.get(kind, kind)


@dataclass(frozen=True)
class GroupedHits:
    """One search's answer: the shown hits per kind and how many records matched in all."""

    query: str
    hits: dict[str, list[SearchHit]]
    record_total: int = 0


@dataclass(frozen=True)
class _Row:
    kind: str  # "header", "hit" or "more"
    title: str
    hit: SearchHit | None = None
    group: str = ""


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.query = ""

    def set_results(self, results: GroupedHits) -> None:
        self.beginResetModel()
        self.query = results.query
        rows: list[_Row] = []
        for kind in GROUP_ORDER:
            hits = results.hits.get(kind) or []
            if not hits:
                continue
            rows.append(_Row("header", group_title(kind), group=kind))
            rows.extend(_Row("hit", h.title, h, kind) for h in hits)
            if kind == "record" and results.record_total > len(hits):
                total = results.record_total  # a plain name: lupdate then sees a plural
                more = SearchResultsModel.tr("See all %n library results", "", total)
                rows.append(_Row("more", more, group=kind))
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.query = ""
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(1 for r in self._rows if r.kind == "hit")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()].kind == "header":
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.title if row.hit is None else f"{group_title(row.group)}: {row.title}"
        if role == Roles.IsHeader:
            return row.kind == "header"
        if role == Roles.Kind:
            return row.kind if row.kind != "hit" else row.group
        if role == Roles.Hit:
            return row.hit
        if role == Roles.Id:
            return row.hit.id if row.hit else None
        if role == Roles.Meta:
            return hit_meta(row.hit) if row.hit and row.group == "record" else ""
        if role == Roles.Snippet:
            return row.hit.snippet if row.hit else ""
        return None

    def selectable_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.kind != "header"]
