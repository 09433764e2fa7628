"""The library screen: a lazily fetched record list with a query and filters, beside a detail
pane with a bookmark and a personal note. Calls the core through workers; holds no SQL."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.content import Facets, RecordView
from fieldkit.core.errors import NotFoundError
from fieldkit.core.search import Filters, SearchHit
from fieldkit.ui.models.records import Pager, RecordListModel, language_name, record_type_name
from fieldkit.ui.views.base import View
from fieldkit.ui.views.record_detail import RecordDetail
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.worker import run_op

if TYPE_CHECKING:
    from fieldkit.core.library import LibrarySet
    from fieldkit.core.userdata import UserData

QUERY_DEBOUNCE_MS = 30


def make_pager(libs: LibrarySet, user: UserData | None, query: str, filters: Filters,
               bookmarked_only: bool) -> Pager:
    """The function the list model calls on a worker for each page."""
    if bookmarked_only:
        return partial(_bookmarked_page, libs, user, query, filters)
    if query.strip():
        return lambda offset, _last, limit: libs.search(query, filters, limit, offset).hits
    return lambda _offset, last, limit: libs.browse(filters, limit, after=last)


def _bookmarked_page(libs: LibrarySet, user: UserData | None, query: str, filters: Filters,
                     offset: int, _last: SearchHit | None, limit: int) -> list[SearchHit]:
    """The bookmarked records (one page holds them all), matching the query and filters.

    A module function rather than a closure: lupdate loses the class context after a nested
    def, and every string of LibraryScreen would land in an empty context."""
    if user is None or offset:
        return []
    marks = {b.record_id: b.title for b in user.bookmarks()}
    if query.strip():
        found = libs.search(query, filters, limit=max(500, len(marks))).hits
        return [h for h in found if h.id in marks]
    hits = []
    for record_id in marks:
        try:
            r = libs.record(record_id)
        except NotFoundError:
            continue
        if _matches(r, filters):
            hits.append(SearchHit(r.id, "record", r.title, r.summary or "", 0.0,
                                  r.record_type, r.year, r.publisher))
    return sorted(hits, key=lambda h: h.title.casefold())


def _matches(r: RecordView, f: Filters) -> bool:
    return ((not f.record_types or r.record_type in f.record_types)
            and (not f.publishers or r.publisher in f.publishers)
            and (not f.languages or r.language in f.languages)
            and (f.year_from is None or (r.year is not None and r.year >= f.year_from))
            and (f.year_to is None or (r.year is not None and r.year <= f.year_to)))


class LibraryScreen(View):
    name = "library"

    def __init__(self, ctx, nav) -> None:
        super().__init__(ctx, nav)
        self._facets: Facets | None = None
        self._pending_record: str | None = None
        self._filling = False
        self.model = RecordListModel(self)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(lambda msg: self.nav.show_message(msg, error=True))
        self._refresh = QTimer(self, singleShot=True, interval=QUERY_DEBOUNCE_MS)
        self._refresh.timeout.connect(self.reload)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("library-splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_side())
        self.detail = RecordDetail(ctx, nav)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.context_ready()

    def flush(self) -> None:
        self.detail.save_note()

    def context_ready(self) -> None:
        if self.ctx.ready and self.ctx.libs is None:
            self.count_label.setText(self.tr("No library is loaded, so there is nothing to "
                                             "show here."))

    def title(self) -> str:
        return self.tr("Library")

    def library_changed(self) -> None:
        self.context_ready()
        self._facets = None  # the new set may hold other types, years and languages
        if self.ctx.libs is not None:
            run_op(self.ctx.libs.facets, on_done=self._facets_loaded,
                   on_failed=self.show_failure, parent=self)
            self.reload()

    # --- layout ----------------------------------------------------------------------------
    def _list_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 8, 0)
        box.setSpacing(8)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search the library"))
        self.query.setAccessibleName(self.tr("Search the library"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(lambda _t: self._refresh.start())
        box.addWidget(self.query)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.type_box = self._combo(self.tr("Record type"), self.tr("All types"))
        self.language_box = self._combo(self.tr("Language"), self.tr("All languages"))
        self.publisher_box = self._combo(self.tr("Publisher"), self.tr("All publishers"))
        self.year_from = self._year(self.tr("From year"))
        self.year_to = self._year(self.tr("To year"))
        self.bookmarked = QCheckBox(self.tr("Bookmarked only"))
        self.bookmarked.setAccessibleName(self.tr("Show bookmarked records only"))
        self.bookmarked.toggled.connect(lambda _on: self._filters_changed())
        years = QWidget()
        years_box = QHBoxLayout(years)
        years_box.setContentsMargins(0, 0, 0, 0)
        years_box.addWidget(QLabel(self.tr("Years")))
        years_box.addWidget(self.year_from, 1)
        years_box.addWidget(QLabel("–"))
        years_box.addWidget(self.year_to, 1)
        grid.addWidget(self.type_box, 0, 0)
        grid.addWidget(self.language_box, 0, 1)
        grid.addWidget(self.publisher_box, 1, 0, 1, 2)
        grid.addWidget(years, 2, 0)
        grid.addWidget(self.bookmarked, 2, 1)
        box.addLayout(grid)

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.count_label.setAccessibleName(self.tr("Number of records"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear every filter"))
        self.clear_button.setToolTip(self.tr("Type, language, publisher, years and bookmarks"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_button.setEnabled(False)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.clear_button)
        box.addLayout(count_row)
        self.list = QListView()
        self.list.setObjectName("record-list")
        self.list.setAccessibleName(self.tr("Records"))
        self.list.setToolTip(self.tr("Arrow keys move; the record shows on the right"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setFrameShape(QFrame.Shape.StyledPanel)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        box.addWidget(self.list, 1)
        for w in (self.query, self.type_box, self.language_box, self.publisher_box,
                  self.year_from, self.year_to, self.bookmarked, self.list):
            w.setMinimumHeight(max(w.minimumSizeHint().height(), 30))
        return side

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        return combo

    def _year(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setAccessibleName(name)
        spin.setToolTip(name)
        spin.setRange(0, 9999)
        spin.setSpecialValueText(self.tr("any"))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda _v: self._filters_changed())
        return spin

    # --- navigation ------------------------------------------------------------------------
    def activate(self, **params: Any) -> None:
        if self.ctx.libs is None:
            return
        if self._facets is None:
            libs = self.ctx.libs
            run_op(libs.facets, on_done=self._facets_loaded,
                   on_failed=self.show_failure, parent=self)
        query = params.get("query")
        record_id = params.get("record_id")
        if record_id:
            self.detail.show_record(record_id)
            row = self.model.row_of(record_id)
            if row >= 0:  # already listed: select it; otherwise the list stays as it was
                self.list.setCurrentIndex(self.model.index(row))
                self.list.scrollTo(self.model.index(row))
            elif self.model.rowCount() == 0:
                self._pending_record = record_id
        if query is not None and query != self.query.text():
            self.query.setText(query)  # reloads through the debounce
        elif self.model.rowCount() == 0 and not self.model.is_loading():
            self.reload()
        if record_id:
            self.list.setFocus()
        else:
            self.query.setFocus()

    def _facets_loaded(self, facets: Facets) -> None:
        self._facets = facets
        self._filling = True
        for combo, values, name in ((self.type_box, facets.record_types, record_type_name),
                                    (self.language_box, facets.languages, language_name),
                                    (self.publisher_box, facets.publishers, str)):
            for value in values:
                combo.addItem(name(value), value)
        lo, hi = facets.year_min or 0, facets.year_max or 9999
        for spin in (self.year_from, self.year_to):
            spin.setRange(lo - 1, hi)  # the lowest value reads "any"
            spin.setValue(lo - 1)
        self._filling = False

    # --- listing ---------------------------------------------------------------------------
    def filters(self) -> Filters:
        def chosen(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        def year(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        return Filters(kinds=("record",), record_types=chosen(self.type_box),
                       publishers=chosen(self.publisher_box),
                       languages=chosen(self.language_box),
                       year_from=year(self.year_from), year_to=year(self.year_to))

    def has_filters(self) -> bool:
        f = self.filters()
        return bool(f.record_types or f.publishers or f.languages or f.year_from is not None
                    or f.year_to is not None or self.bookmarked.isChecked())

    def clear_filters(self) -> None:
        """One step back to everything (the typed words stay)."""
        self._filling = True
        for combo in (self.type_box, self.language_box, self.publisher_box):
            combo.setCurrentIndex(0)
        for spin in (self.year_from, self.year_to):
            spin.setValue(spin.minimum())
        self.bookmarked.setChecked(False)
        self._filling = False
        self._filters_changed()
        self.query.setFocus()

    def _filters_changed(self) -> None:
        self.clear_button.setEnabled(self.has_filters())
        if not self._filling:
            self.reload()

    def reload(self) -> None:
        libs = self.ctx.libs
        if libs is None:
            return
        query = self.query.text()
        pager = make_pager(libs, self.ctx.user, query, self.filters(),
                           self.bookmarked.isChecked())
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_pager(pager, show_snippets=bool(query.strip()))

    def _page_loaded(self, rows: int) -> None:
        more = self.model.canFetchMore()
        if rows == 0:
            text = self.tr("No records match. Clear a filter or try other words.")
        elif more:
            text = self.tr("%n record(s) shown, more as you scroll", "", rows)
        else:
            text = self.tr("%n record(s)", "", rows)
        self.count_label.setText(text)
        wanted = self._pending_record
        if wanted:
            row = self.model.row_of(wanted)
            if row >= 0:
                self._pending_record = None
                self.list.setCurrentIndex(self.model.index(row))
                self.list.scrollTo(self.model.index(row))
            elif more:
                self.model.fetchMore()
            else:
                self._pending_record = None
            return
        shown = self.detail.record_id
        if shown is not None and self.model.row_of(shown) < 0:
            shown = None  # the filters left it out: never keep a record the list does not hold
            self.detail.clear()
        if self.list.currentIndex().row() < 0 and rows and shown is None:
            self.list.setCurrentIndex(self.model.index(0))

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        hit = self.model.hit(indexes[0].row())
        if hit is not None and hit.id != self.detail.record_id:
            self.detail.show_record(hit.id)

    def open_index(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)

    def settings_changed(self) -> None:
        delegate = self.list.itemDelegate()
        if isinstance(delegate, HitDelegate):
            delegate.clear_cache()
        self.list.doItemsLayout()
        self.detail.settings_changed()
