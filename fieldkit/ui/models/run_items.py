"""The items of one checklist run as a flat list: a header row per phase, then its items.

Holds display state only; ticking asks the run controller (via `tick_requested`) to write.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from fieldkit.core.run_views import RunItemView, RunView
from fieldkit.ui.time_format import local_hhmm

Index = QModelIndex | QPersistentModelIndex

ItemRole = Qt.ItemDataRole.UserRole + 1       # RunItemView (None on header rows)
IsHeaderRole = Qt.ItemDataRole.UserRole + 2   # bool
PhaseIdRole = Qt.ItemDataRole.UserRole + 3    # str
ProgressRole = Qt.ItemDataRole.UserRole + 4   # (done, total) of the row's phase
IsNextRole = Qt.ItemDataRole.UserRole + 5     # first undone item of its phase
ItemIdRole = Qt.ItemDataRole.UserRole + 6     # str


class RunItemsModel(QAbstractListModel):
    """Rows are ("phase", phase_id, title) or ("item", RunItemView)."""

    tick_requested = Signal(str, bool)  # item id, done

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str] | RunItemView] = []
        self._run: RunView | None = None
        self._editable = True

    # --- loading ---------------------------------------------------------------------------
    def set_run(self, run: RunView | None) -> None:
        self.beginResetModel()
        self._run = run
        self._rows = []
        if run is not None:
            for phase_id, title, items in run.phases():
                self._rows.append(("phase", phase_id, title))
                self._rows.extend(items)
        self.endResetModel()

    def run(self) -> RunView | None:
        return self._run

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def update_item(self, item: RunItemView) -> None:
        """Put a changed item in place (keeps `removed`, which only the content knows)."""
        if self._run is None:
            return
        for row, entry in enumerate(self._rows):
            if isinstance(entry, RunItemView) and entry.id == item.id:
                item = replace(item, removed=entry.removed)
                self._rows[row] = item
                items = [item if i.id == item.id else i for i in self._run.items]
                self._run = replace(self._run, items=items)
                # the phase header's progress and the "next" marker move too
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
                return

    def set_run_fields(self, **fields: Any) -> None:
        """Change the run's own fields (name, note...) without touching its rows."""
        if self._run is not None:
            self._run = replace(self._run, **fields)

    # --- lookups ---------------------------------------------------------------------------
    def item(self, item_id: str) -> RunItemView | None:
        return next((e for e in self._rows if isinstance(e, RunItemView) and e.id == item_id),
                    None)

    def row_of(self, item_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if isinstance(entry, RunItemView) and entry.id == item_id:
                return row
        return -1

    def phase_ids(self) -> list[str]:
        return [e[1] for e in self._rows if isinstance(e, tuple)]

    def first_undone_row(self, phase_id: str | None = None) -> int:
        for row, entry in enumerate(self._rows):
            if (isinstance(entry, RunItemView) and not entry.done
                    and (phase_id is None or entry.phase_id == phase_id)):
                return row
        return -1

    # --- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], tuple):
            return Qt.ItemFlag.NoItemFlags  # headers: skipped by arrow keys, never ticked
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._run is None:
            return None
        entry = self._rows[index.row()]
        if isinstance(entry, tuple):
            _kind, phase_id, title = entry
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                done, total = self._run.progress(phase_id)
                if role == Qt.ItemDataRole.DisplayRole:
                    return title
                return self.tr("%1: %2 of %3 done").replace("%1", title) \
                    .replace("%2", str(done)).replace("%3", str(total))
            if role == IsHeaderRole:
                return True
            if role == PhaseIdRole:
                return phase_id
            if role == ProgressRole:
                return self._run.progress(phase_id)
            return None
        item = entry
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(item)
        if role == ItemRole:
            return item
        if role == ItemIdRole:
            return item.id
        if role == IsHeaderRole:
            return False
        if role == PhaseIdRole:
            return item.phase_id
        if role == ProgressRole:
            return self._run.progress(item.phase_id)
        if role == IsNextRole:
            return not item.done and self.first_undone_row(item.phase_id) == index.row()
        return None

    def describe(self, item: RunItemView) -> str:
        parts = [item.text]
        if item.is_critical:
            parts.append(self.tr("critical"))
        if item.done and item.done_at:
            parts.append(self.tr("ticked %1").replace("%1", local_hhmm(item.done_at)))
        elif not item.na:
            parts.append(self.tr("not done"))
        if item.na:
            parts.append(self.tr("not applicable"))
        if item.added:
            parts.append(self.tr("added during the run"))
        if item.removed:
            parts.append(self.tr("no longer in the checklist"))
        return ", ".join(parts)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._editable:
            return False
        entry = self._rows[index.row()]
        if not isinstance(entry, RunItemView):
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        if done != entry.done:
            self.tick_requested.emit(entry.id, done)
        return True


class PhaseFilter(QSortFilterProxyModel):
    """One phase's items, without the header row (checkpoint mode shows a phase at a time)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._phase: str | None = None

    def set_phase(self, phase_id: str | None) -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateFilter before that
            self.beginFilterChange()
            self._phase = phase_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._phase = phase_id
            self.invalidateFilter()

    def phase(self) -> str | None:
        return self._phase

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(IsHeaderRole):
            return False
        return self._phase is None or index.data(PhaseIdRole) == self._phase


class ItemFilter(QSortFilterProxyModel):
    """The run's rows whose text or note holds every word typed (Ctrl+F on the run screen),
    with the header of each phase that still has a row; everything when the text is empty."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateFilter before that
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateFilter()

    def _matches(self, item: RunItemView) -> bool:
        hay = " ".join(filter(None, (item.text, item.detail, item.note, item.na_reason)))
        hay = hay.casefold()
        return all(w in hay for w in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not index.data(IsHeaderRole):
            return self._matches(index.data(ItemRole))
        phase = index.data(PhaseIdRole)
        for row in range(source_row + 1, model.rowCount()):
            entry = model.index(row, 0)
            if entry.data(IsHeaderRole) or entry.data(PhaseIdRole) != phase:
                break
            if self._matches(entry.data(ItemRole)):
                return True
        return False
