"""Paints a search hit (title, a muted facts line, a snippet with matches in bold) and the
section headers of grouped result lists. Presentation only: reads item roles, never the core."""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldkit.core.search import MARK_CLOSE, MARK_OPEN
from fieldkit.ui.i18n import text_direction
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.theme import accent

_Index = QModelIndex | QPersistentModelIndex


def marked_html(snippet: str) -> str:
    """Escape a snippet and turn the core's match markers into bold."""
    return html.escape(snippet).replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>")


class HitDelegate(QStyledItemDelegate):
    """Rows with Roles.Title / Roles.Meta / Roles.Snippet; rows with Roles.IsHeader are headers."""

    def __init__(self, parent=None, *, snippet_lines: bool = True) -> None:
        super().__init__(parent)
        self._snippets = snippet_lines
        self._docs: OrderedDict[tuple[str, int, bool], QTextDocument] = OrderedDict()

    def clear_cache(self) -> None:
        self._docs.clear()

    def _html(self, index: _Index, selected: bool) -> str:
        title = html.escape(str(index.data(Roles.Title) or ""))
        meta = html.escape(str(index.data(Roles.Meta) or ""))
        snippet = str(index.data(Roles.Snippet) or "") if self._snippets else ""
        muted = "" if selected else f' style="color:{accent("muted")}"'
        parts = [f'<div style="font-weight:600">{title}</div>']
        if meta:
            parts.append(f"<div{muted}>{meta}</div>")
        if snippet:
            parts.append(f"<div>{marked_html(snippet)}</div>")
        return "".join(parts)

    def _doc(self, option: QStyleOptionViewItem, index: _Index, width: int,
             selected: bool) -> QTextDocument:
        body = self._html(index, selected)
        # the hit's own direction (an English record in the Arabic app reads left to right)
        direction = text_direction(str(index.data(Roles.Title) or "")) \
            if index.data(Roles.Title) else option.direction
        key = (body, width, direction == Qt.LayoutDirection.RightToLeft)
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(option.font)
            text_option = doc.defaultTextOption()
            text_option.setTextDirection(direction)
            doc.setDefaultTextOption(text_option)
            doc.setHtml(body)
            doc.setTextWidth(width)
            self._docs[key] = doc
            if len(self._docs) > 400:
                self._docs.popitem(last=False)
        return doc

    def _pad(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        h = option.fontMetrics.height()
        return int(h * 0.8), int(h * 0.45)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """The same width for measuring and painting, with room kept for a scroll bar, so a
        row never measures for one width and paints at another."""
        padx, _ = self._pad(option)
        view = self.parent()
        if isinstance(view, QAbstractScrollArea):
            extent = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            available = view.width() - 2 * view.frameWidth() - extent
        else:
            available = option.rect.width()
        return max(120, available - 2 * padx)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        padx, pady = self._pad(option)
        if index.data(Roles.IsHeader):
            return QSize(100, int(option.fontMetrics.height() * 1.9))
        width = self._text_width(option)
        doc = self._doc(option, index, width, False)
        return QSize(width + 2 * padx, int(doc.size().height()) + 2 * pady)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        padx, pady = self._pad(option)
        painter.save()
        rect = option.rect
        if index.data(Roles.IsHeader):
            font = option.font
            font.setBold(True)
            font.setPointSizeF(option.font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(QColor(accent("muted")))
            text_rect = rect.adjusted(padx, 0, -padx, -2)
            align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom
            painter.drawText(QStyle.visualRect(option.direction, rect, text_rect), align,
                             str(index.data(Roles.Title) or "").upper())
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        width = self._text_width(option)
        doc = self._doc(option, index, width, selected)
        left = rect.right() - padx - width if option.direction == Qt.LayoutDirection.RightToLeft \
            else rect.left() + padx
        painter.translate(left, rect.top() + pady)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        ctx.clip = QRectF(0, 0, width, rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
