"""The always-visible global search box and its results overlay (grouped by kind, as you type).

Searches run on a worker, debounced, with stale answers dropped; nothing here touches a DB.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.search import Filters
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.models.search_results import GroupedHits, SearchResultsModel
from fieldkit.ui.theme import accent
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.worker import Op, run_op, with_sentence

if TYPE_CHECKING:
    from fieldkit.core.library import LibrarySet

DEBOUNCE_MS = 0  # search at once; a newer keystroke cancels what has not started
# The overlay shows a handful of hits per kind: rank fewer candidates for very broad prefixes.
GLANCE_CAP = 500
# How many hits of each kind the overlay shows; the library link shows the rest.
PER_KIND = {"checklist": 3, "prompt": 4, "record": 5}


def grouped_search(libs: LibrarySet, query: str) -> GroupedHits:
    """One search per kind, so a big library never crowds out checklists and prompts."""
    hits: dict[str, list[Any]] = {}
    record_total = 0
    for kind, limit in PER_KIND.items():
        result = libs.search(query, Filters(kinds=(kind,)), limit=limit, cap=GLANCE_CAP)
        hits[kind] = result.hits
        if kind == "record":
            record_total = result.total
    return GroupedHits(query, hits, record_total)


class SearchPopup(QFrame):
    """An overlay inside the main window (so it shows in window.grab()), below the search box."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Search results"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        self.empty.setMargin(16)
        self.empty.hide()
        self.list = QListView()
        self.list.setObjectName("search-results")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.delegate = HitDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.hint = QLabel(self.tr("↑ ↓ to move · Enter to open · Esc to close"))
        self.hint.setObjectName("muted")
        self.hint.setContentsMargins(12, 6, 12, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.restyle()

    def restyle(self) -> None:
        self.setStyleSheet(f"QFrame#search-popup {{ border: 1px solid {accent('border')};"
                           " border-radius: 8px; }")
        self.delegate.clear_cache()

    def content_height(self) -> int:
        model = self.list.model()
        rows = model.rowCount() if model else 0
        height = sum(self.list.sizeHintForRow(r) for r in range(rows))
        if self.empty.isVisible():
            height += self.empty.sizeHint().height()
        return height + self.hint.sizeHint().height() + 6


class SearchBox(QLineEdit):
    """The toolbar search field. Ctrl+K focuses it; results appear in an overlay as you type."""

    def __init__(self, ctx, nav) -> None:
        super().__init__()
        self.ctx, self.nav = ctx, nav
        self.setObjectName("global-search")
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setToolTip(self.tr("Search the library, checklists and prompts (Ctrl+K). "
                                "Arrow keys move, Enter opens, Esc closes."))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 34)
        self.model = SearchResultsModel(self)
        self._popup: SearchPopup | None = None
        self._seq = 0
        self._op: Op | None = None
        self._open_when_ready = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.textChanged.connect(self._text_changed)
        self.returnPressed.connect(self.open_current)

    # --- public --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip() and self.model.rowCount():
            self._show_popup()

    def set_query(self, text: str) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setText(text)

    def context_ready(self) -> None:
        """Words typed while the library was still opening are searched now."""
        if self.text().strip():
            self._timer.start()

    def settings_changed(self) -> None:
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 34)
        if self._popup is not None:
            self._popup.restyle()
            self._place_popup()

    @property
    def popup(self) -> SearchPopup:
        if self._popup is None:
            host = self._host()
            self._popup = SearchPopup(host)
            self._popup.list.setModel(self.model)
            self._popup.list.clicked.connect(self._open_index)
            self._popup.hide()
            host.installEventFilter(self)
        return self._popup

    def is_popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def hide_popup(self) -> None:
        if self._popup is not None and self._popup.isVisible():
            self._popup.hide()
            QApplication.instance().removeEventFilter(self)

    # --- searching -----------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self._seq += 1  # anything in flight is now stale
        self._open_when_ready = False
        if not text.strip():
            self._timer.stop()
            self.model.clear()
            self.hide_popup()
            return
        self._timer.start()

    def _search(self) -> None:
        libs: LibrarySet | None = self.ctx.libs
        query = self.text()
        if libs is None or not query.strip():
            return
        if self._op is not None:
            self._op.cancel()
        seq = self._seq
        self._op = run_op(lambda: grouped_search(libs, query),
                          on_done=lambda result: self._arrived(seq, result),
                          on_failed=with_sentence(lambda m: self.nav.show_message(m, error=True)),
                          parent=self)

    def _arrived(self, seq: int, result: GroupedHits) -> None:
        if seq != self._seq:
            return  # the person kept typing: this answer is for an older query
        self._op = None
        self.model.set_results(result)
        open_now, self._open_when_ready = self._open_when_ready, False
        popup = self.popup
        if self.model.hit_count() == 0:
            popup.empty.setText(self.tr("Nothing found for “%1”. Try fewer or other words.")
                                .replace("%1", result.query.strip()))
            popup.empty.show()
            popup.list.hide()
        else:
            popup.empty.hide()
            popup.list.show()
            rows = self.model.selectable_rows()
            popup.list.setCurrentIndex(self.model.index(rows[0]) if rows else QModelIndex())
            popup.list.scrollToTop()
        self._show_popup()
        if open_now:
            self._open_index(popup.list.currentIndex())

    # --- overlay -------------------------------------------------------------------------
    def _host(self) -> QWidget:
        window = self.window()
        central = window.centralWidget() if hasattr(window, "centralWidget") else None
        return central or window

    def _show_popup(self) -> None:
        popup = self.popup
        self._place_popup()
        popup.show()
        popup.raise_()
        QApplication.instance().installEventFilter(self)

    def _place_popup(self) -> None:
        if self._popup is None:
            return
        host = self._popup.parentWidget()
        margin = 8
        width = min(max(self.width(), self.fontMetrics().horizontalAdvance("x") * 70),
                    host.width() - 2 * margin)
        window = self.window()
        edge = QPoint(0, 0) if self.isRightToLeft() else QPoint(self.width(), 0)
        trailing = host.mapFrom(window, self.mapTo(window, edge)).x()
        if self.isRightToLeft():
            x = max(margin, min(trailing, host.width() - width - margin))
        else:
            x = min(host.width() - width - margin, max(margin, trailing - width))
        self._popup.resize(width, self._popup.height())
        self._popup.layout().activate()
        height = min(self._popup.content_height(), int(host.height() * 0.85))
        self._popup.setGeometry(x, 4, width, max(height, 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._popup is not None \
                and watched is self._popup.parentWidget():
            self._place_popup()
        elif event.type() == QEvent.Type.MouseButtonPress and self.is_popup_visible() \
                and isinstance(watched, QWidget) and watched.isWidgetType():
            inside = self._popup.isAncestorOf(watched) or watched is self._popup \
                or watched is self or self.isAncestorOf(watched)
            if not inside:
                self.hide_popup()
        return False

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) \
                and self.model.rowCount():
            if not self.is_popup_visible():
                self._show_popup()
            else:
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
                self._move(step)
            return
        if key == Qt.Key.Key_Escape:
            if self.is_popup_visible():
                self.hide_popup()
            else:
                self.clear()
            return
        super().keyPressEvent(event)

    def _move(self, step: int) -> None:
        rows = self.model.selectable_rows()
        if not rows:
            return
        current = self.popup.list.currentIndex().row()
        pos = rows.index(current) if current in rows else -1
        pos = max(0, min(len(rows) - 1, pos + step))
        index = self.model.index(rows[pos])
        self.popup.list.setCurrentIndex(index)
        self.popup.list.scrollTo(index)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason,
                                  Qt.FocusReason.PopupFocusReason):
            QTimer.singleShot(0, self, self._hide_if_unfocused)  # dropped if self is deleted

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus():
            self.hide_popup()

    # --- opening -------------------------------------------------------------------------
    def open_current(self) -> None:
        if self._timer.isActive() or self._op is not None:
            self._open_when_ready = True  # Enter before the answer: open its first result
            return
        if self.is_popup_visible():
            self._open_index(self.popup.list.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(Roles.IsHeader):
            return
        kind, item_id = index.data(Roles.Kind), index.data(Roles.Id)
        self.hide_popup()
        if kind == "record":
            self.nav.show_view("library", record_id=item_id)
        elif kind == "checklist":
            self.nav.show_view("checklists", checklist_id=item_id)
        elif kind == "prompt":
            self.nav.show_view("prompts", prompt_id=item_id)
        elif kind == "more":
            self.nav.show_view("library", query=self.model.query)
