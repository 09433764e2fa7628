"""The library's record list as a lazily fetched list model: rows arrive a page at a time from
a pager function run on a worker. Never calls the core on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fieldkit.core.search import SearchHit
from fieldkit.ui.i18n import LANGUAGE_NAMES
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.worker import Op, describe_failure, run_op

_Index = QModelIndex | QPersistentModelIndex
# pager(offset, last_hit, limit) -> the next hits; fewer than `limit` means the end.
Pager = Callable[[int, SearchHit | None, int], list[SearchHit]]

PAGE_SIZE = 100


# The record types libraries use (the export format's "Record type"), in the user's language;
# a type not listed here is shown as its library wrote it.
_RECORD_TYPES = {
    "Book": QT_TRANSLATE_NOOP("RecordListModel", "Book"),
    "Course": QT_TRANSLATE_NOOP("RecordListModel", "Course"),
    "Guidelines": QT_TRANSLATE_NOOP("RecordListModel", "Guidelines"),
    "Handbook": QT_TRANSLATE_NOOP("RecordListModel", "Handbook"),
    "Manual": QT_TRANSLATE_NOOP("RecordListModel", "Manual"),
    "Policy": QT_TRANSLATE_NOOP("RecordListModel", "Policy"),
    "Report": QT_TRANSLATE_NOOP("RecordListModel", "Report"),
    "Thesis": QT_TRANSLATE_NOOP("RecordListModel", "Thesis"),
    "Video": QT_TRANSLATE_NOOP("RecordListModel", "Video"),
    "Field note": QT_TRANSLATE_NOOP("RecordListModel", "Field note"),
}


def record_type_name(value: str) -> str:
    """'Report' -> 'Informe' in Spanish; the value itself when it is not a known type."""
    words = _RECORD_TYPES.get(value)
    return QCoreApplication.translate("RecordListModel", words) if words else value


def language_name(code: str) -> str:
    """A record's language by its name in itself ('es' -> 'Español'), as a person looks for
    their language in a list (and as Settings names them); the code when Qt does not know it."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return name[:1].upper() + name[1:] if name else code


def hit_meta(hit: SearchHit | None) -> str:
    if hit is None:
        return ""
    parts = [record_type_name(hit.record_type) if hit.record_type else "",
             str(hit.year) if hit.year else "", hit.publisher or ""]
    return " · ".join(p for p in parts if p)


class RecordListModel(QAbstractListModel):
    """Rows are SearchHits; `set_pager` starts a new listing, older pages are dropped."""

    loading_changed = Signal(bool)
    failed = Signal(str)
    page_loaded = Signal(int)  # rows now held

    def __init__(self, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._pager: Pager | None = None
        self._generation = 0
        self._at_end = True
        self._op: Op | None = None
        self.page_size = page_size
        self.show_snippets = True

    # --- listing ---------------------------------------------------------------------------
    def set_pager(self, pager: Pager | None, *, show_snippets: bool = True) -> None:
        """Forget the rows and start listing from `pager` (None: an empty list)."""
        self._generation += 1
        if self._op is not None:
            self._op.cancel()
            self._op = None
        self.beginResetModel()
        self._hits = []
        self._pager = pager
        self._at_end = pager is None
        self.show_snippets = show_snippets
        self.endResetModel()
        if pager is not None:
            self._fetch()

    def is_loading(self) -> bool:
        return self._op is not None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._at_end and self._op is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        pager, generation = self._pager, self._generation
        if pager is None:
            return
        offset, last, limit = len(self._hits), (self._hits[-1] if self._hits else None), \
            self.page_size
        self._op = run_op(lambda: pager(offset, last, limit),
                          on_done=lambda hits: self._arrived(generation, hits),
                          on_failed=lambda e: self._failed(generation, describe_failure(e)),
                          parent=self)
        self.loading_changed.emit(True)

    def _arrived(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # a page for a listing the person already left
        self._op = None
        known = {h.id for h in self._hits}
        fresh = [h for h in hits if h.id not in known]
        self._at_end = len(hits) < self.page_size
        if fresh:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._hits.extend(fresh)
            self.endInsertRows()
        self.loading_changed.emit(False)
        self.page_loaded.emit(len(self._hits))

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._op = None
        self._at_end = True
        self.loading_changed.emit(False)
        self.failed.emit(message)

    # --- rows ------------------------------------------------------------------------------
    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, h in enumerate(self._hits) if h.id == record_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            meta = hit_meta(hit)
            return f"{hit.title}. {meta}" if meta else hit.title
        if role == Roles.Meta:
            return hit_meta(hit)
        if role == Roles.Snippet:
            return hit.snippet if self.show_snippets else ""
        if role == Roles.Hit:
            return hit
        if role == Roles.Id:
            return hit.id
        if role == Roles.Kind:
            return hit.kind
        return None
