"""The list that shows a run's items: a delegate painting phase headers, big check boxes,
critical labels and tick times, and a QListView that ticks with Space (and Enter, if asked).

Paints and forwards clicks only: ticking goes through the model's setData, never a widget state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from fieldkit.core.run_views import RunItemView
from fieldkit.ui.i18n import direction_flag
from fieldkit.ui.models.run_items import IsHeaderRole, IsNextRole, ItemRole, ProgressRole
from fieldkit.ui.theme import accent
from fieldkit.ui.time_format import local_hhmm, local_number

_FLAGS_WRAP = int(Qt.TextFlag.TextWordWrap)


def _small(font: QFont) -> QFont:
    f = QFont(font)
    f.setPointSizeF(font.pointSizeF() * 0.9)
    return f


def _bold(font: QFont, scale: float = 1.0) -> QFont:
    f = QFont(font)
    f.setPointSizeF(font.pointSizeF() * scale)
    f.setBold(True)
    return f


class RunItemDelegate(QStyledItemDelegate):
    """`whole_row_ticks`: a click anywhere on a row ticks it (checkpoint mode); otherwise only a
    click on the box does, and a click elsewhere selects. `show_next` marks the next undone item."""

    def __init__(self, view: QListView, *, whole_row_ticks: bool = False,
                 show_next: bool = False) -> None:
        super().__init__(view)
        self._view = view
        self.whole_row_ticks = whole_row_ticks
        self.show_next = show_next

    # --- geometry --------------------------------------------------------------------------
    @staticmethod
    def _metrics(font: QFont) -> tuple[int, int, int]:
        line = QFontMetrics(font).height()
        return line, max(6, round(line * 0.6)), round(line * 1.35)  # line, pad, box

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = self._view.viewport().width()
        return width if width > 50 else max(option.rect.width(), 400)

    def _check_rect(self, rect: QRect, font: QFont) -> QRect:
        """Logical (left-to-right) position of the box inside `rect`'s origin."""
        _line, pad, box = self._metrics(font)
        return QRect(rect.x() + pad + 6, rect.y() + pad, box, box)

    def _text_width(self, width: int, font: QFont) -> int:
        _line, pad, box = self._metrics(font)
        return max(60, width - (pad + 6 + box + pad) - pad)

    def _meta(self, item: RunItemView, is_next: bool) -> list[tuple[str, str, bool]]:
        """(text, colour, bold) labels under the item's text: words, never colour alone."""
        parts: list[tuple[str, str, bool]] = []
        if self.show_next and is_next:
            parts.append((self.tr("Next"), accent("primary"), True))
        if item.is_critical:
            parts.append((self.tr("Critical"), accent("critical"), True))
        if item.done and item.done_at:
            parts.append((self.tr("Ticked %1").replace("%1", local_hhmm(item.done_at)),
                          accent("done"), False))
        if item.na:
            parts.append((self.tr("Not applicable"), accent("muted"), True))
        if item.added:
            parts.append((self.tr("Added"), accent("primary"), False))
        if item.note:
            parts.append((self.tr("Note"), accent("muted"), False))
        if item.removed:
            parts.append((self.tr("No longer in the checklist"), accent("muted"), False))
        return parts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | Any) -> QSize:
        font = option.font
        _line, pad, box = self._metrics(font)
        width = self._width(option)
        if index.data(IsHeaderRole):
            return QSize(width, round(QFontMetrics(_bold(font, 1.1)).height() + pad * 2.4 + 6))
        item: RunItemView = index.data(ItemRole)
        text_h = QFontMetrics(font).boundingRect(
            QRect(0, 0, self._text_width(width, font), 100000), _FLAGS_WRAP, item.text).height()
        if self._meta(item, bool(index.data(IsNextRole))):
            text_h += round(QFontMetrics(_small(font)).height() * 1.35)
        return QSize(width, max(box, text_h) + 2 * pad)

    # --- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | Any) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(option.direction)
        if index.data(IsHeaderRole):
            self._paint_header(painter, option, index)
        else:
            self._paint_item(painter, option, index)
        painter.restore()

    def _visual(self, option: QStyleOptionViewItem, logical: QRect) -> QRect:
        return QStyle.visualRect(option.direction, option.rect, logical)

    def _align(self, option: QStyleOptionViewItem, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(option.direction, flags)

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex | Any) -> None:
        pal: QPalette = option.palette
        rect = option.rect
        _line, pad, _box = self._metrics(option.font)
        done, total = index.data(ProgressRole)
        font = _bold(option.font, 1.1)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        text_rect = QRect(rect.x() + pad, rect.y() + round(pad * 1.2), rect.width() - 2 * pad,
                          QFontMetrics(font).height())
        count = self.tr("%1 of %2 done").replace("%1", local_number(done)).replace(
            "%2", local_number(total))
        painter.drawText(self._visual(option, text_rect),
                         self._align(option, Qt.AlignmentFlag.AlignLeft)
                         | direction_flag(index.data()), index.data())
        painter.setFont(option.font)
        painter.setPen(QColor(accent("done") if done == total and total else accent("muted")))
        painter.drawText(self._visual(option, text_rect),
                         self._align(option, Qt.AlignmentFlag.AlignRight), count)
        bar = QRect(rect.x() + pad, rect.bottom() - pad // 2 - 4, rect.width() - 2 * pad, 4)
        painter.fillRect(self._visual(option, bar), QColor(accent("border")))
        if total:
            filled = QRect(bar.x(), bar.y(), round(bar.width() * done / total), 4)
            painter.fillRect(self._visual(option, filled), QColor(accent("done")))

    def _paint_item(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | Any) -> None:
        pal: QPalette = option.palette
        rect = option.rect
        item: RunItemView = index.data(ItemRole)
        is_next = self.show_next and bool(index.data(IsNextRole))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        line, pad, _box = self._metrics(option.font)

        card = rect.adjusted(2, 2, -2, -2)
        if selected:
            fill = QColor(pal.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(38)
            painter.fillRect(card, fill)
        elif hovered:
            painter.fillRect(card, pal.color(QPalette.ColorRole.AlternateBase))
        if is_next or selected:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight) if selected
                       else QColor(accent("primary")), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6)
        if item.is_critical:  # a stripe at the leading edge, besides the word "Critical"
            stripe = QRect(rect.x() + 2, rect.y() + 4, 5, rect.height() - 8)
            painter.fillRect(self._visual(option, stripe), QColor(accent("critical")))
        painter.setPen(QPen(QColor(accent("border")), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        self._paint_box(painter, option, item)

        text_w = self._text_width(self._width(option), option.font)
        x = self._check_rect(rect, option.font).right() + pad
        text_rect = QRect(x, rect.y() + pad, text_w, rect.height() - 2 * pad)
        color = QColor(accent("muted")) if item.done or item.removed or item.na \
            else pal.color(QPalette.ColorRole.Text)
        font = QFont(option.font)
        font.setItalic(item.removed)
        painter.setFont(font)
        painter.setPen(color)
        flags = self._align(option, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        flags = int(flags) | _FLAGS_WRAP | direction_flag(item.text)  # content's own direction
        bounds = painter.boundingRect(self._visual(option, text_rect), flags, item.text)
        painter.drawText(self._visual(option, text_rect), flags, item.text)

        small = _small(option.font)
        fm = QFontMetrics(small)
        mx = x
        my = rect.y() + pad + bounds.height() + round(line * 0.2)
        for text, colour, bold in self._meta(item, is_next):
            f = _bold(small) if bold else small
            w = QFontMetrics(f).horizontalAdvance(text)
            painter.setFont(f)
            painter.setPen(QColor(colour))
            label = QRect(mx, my, w + 2, fm.height())
            painter.drawText(self._visual(option, label), int(Qt.AlignmentFlag.AlignCenter),
                             text)
            mx += w + round(line * 0.9)

    def _paint_box(self, painter: QPainter, option: QStyleOptionViewItem,
                   item: RunItemView) -> None:
        pal: QPalette = option.palette
        box = self._visual(option, self._check_rect(option.rect, option.font))
        enabled = bool(index_flags(option) & Qt.ItemFlag.ItemIsUserCheckable)
        if item.done:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(accent("done")))
            painter.drawRoundedRect(box, 5, 5)
            path = QPainterPath()
            w, h = box.width(), box.height()
            path.moveTo(QPointF(box.x() + w * 0.24, box.y() + h * 0.52))
            path.lineTo(QPointF(box.x() + w * 0.43, box.y() + h * 0.72))
            path.lineTo(QPointF(box.x() + w * 0.78, box.y() + h * 0.3))
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), max(2.0, w / 9),
                                Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            colour = QColor(accent("critical")) if item.is_critical \
                else pal.color(QPalette.ColorRole.Text)
            if not enabled or item.na:
                colour = QColor(accent("muted"))
            painter.setPen(QPen(colour, 2))
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5)
            if item.na:  # a dash: neither ticked nor left open
                y = box.center().y()
                painter.drawLine(box.x() + box.width() // 4, y, box.right() - box.width() // 4, y)

    # --- input -----------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: QModelIndex | Any) -> bool:
        if index.data(IsHeaderRole) or not (index.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            box = self._visual(option, self._check_rect(option.rect, option.font))
            hit = self.whole_row_ticks or box.adjusted(-8, -8, 8, 8).contains(
                event.position().toPoint())
            if not hit or event.button() != Qt.MouseButton.LeftButton:
                return False
            if kind == QEvent.Type.MouseButtonRelease:
                self._toggle(model, index)
            return kind != QEvent.Type.MouseButtonPress  # let a press select the row too
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                self._toggle(model, index)
                return True
        return False

    @staticmethod
    def _toggle(model: Any, index: QModelIndex | Any) -> None:
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        model.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                      Qt.ItemDataRole.CheckStateRole)


def index_flags(option: QStyleOptionViewItem) -> Qt.ItemFlag:
    return option.index.flags() if option.index.isValid() else Qt.ItemFlag.NoItemFlags


class RunItemList(QListView):
    """Rows of different heights that follow the width; Enter ticks when `enter_ticks`."""

    def __init__(self, parent: QWidget | None = None, *, enter_ticks: bool = False,
                 whole_row_ticks: bool = False, show_next: bool = False) -> None:
        super().__init__(parent)
        self.enter_ticks = enter_ticks
        self.setItemDelegate(RunItemDelegate(self, whole_row_ticks=whole_row_ticks,
                                             show_next=show_next))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setWordWrap(True)
        self.setFrameShape(QListView.Shape.NoFrame)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        # a tick adds a "Ticked 14:02" line: heights change, so lay the rows out again
        model.dataChanged.connect(lambda *_: self.scheduleDelayedItemsLayout())
        model.layoutChanged.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.enter_ticks and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                RunItemDelegate._toggle(self.model(), index)
            event.accept()
            return
        super().keyPressEvent(event)
