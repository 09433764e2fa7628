"""Big, calm entry cards: a focusable button that paints a title and a one-line explanation.

Presentation only: a card holds two strings and emits `clicked`; it never knows what it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.theme import accent

_PAD = 1.4  # padding in line heights
_RADIUS = 10.0


class EntryCard(QAbstractButton):
    """A large target: bold title, muted explanation; Enter/Space/click activate it."""

    def __init__(self, title: str, subtitle: str, *, primary: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._subtitle = subtitle
        self._primary = primary
        self.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.35)
        font.setBold(True)
        return font

    def _pad(self) -> int:
        return int(QFontMetrics(self.font()).height() * _PAD)

    def _text_rects(self, width: int) -> tuple[QRect, QRect]:
        pad = self._pad()
        inner = max(40, width - 2 * pad)
        tfm = QFontMetrics(self._title_font())
        flags = int(Qt.TextFlag.TextWordWrap)
        title = tfm.boundingRect(QRect(0, 0, inner, 10_000), flags, self._title)
        sub = QFontMetrics(self.font()).boundingRect(QRect(0, 0, inner, 10_000), flags,
                                                     self._subtitle)
        gap = QFontMetrics(self.font()).height() // 3
        t = QRect(pad, pad, inner, title.height())
        s = QRect(pad, pad + title.height() + gap, inner, sub.height())
        return t, s

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        _, s = self._text_rects(width)
        return s.bottom() + self._pad()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        width = fm.horizontalAdvance("x") * 34
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        width = fm.horizontalAdvance("x") * 22
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        hovered = self.underMouse()
        if self._primary:
            bg, fg, sub = QColor(accent("primary")), QColor(accent("on_primary")), None
        else:
            bg, fg, sub = QColor(accent("card")), pal.color(QPalette.ColorRole.Text), \
                QColor(accent("muted"))
        if self.isDown():
            bg = bg.darker(115)
        elif hovered:
            bg = bg.darker(106) if bg.lightness() > 60 else bg.lighter(140)
        border = QColor(accent("primary") if self.hasFocus() else accent("border"))
        pen = QPen(border, 3 if self.hasFocus() else 1)
        p.setPen(pen)
        p.setBrush(bg)
        r = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        p.drawRoundedRect(r, _RADIUS, _RADIUS)
        p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # text reads its own way
        t, s = self._text_rects(self.width())
        align = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        if self.isRightToLeft():  # mirror the text boxes inside the card
            t.moveLeft(self.width() - t.right() - 1)
            s.moveLeft(self.width() - s.right() - 1)
            align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextWordWrap)
        p.setPen(fg)
        p.setFont(self._title_font())
        p.drawText(t, align, self._title)
        p.setFont(self.font())
        p.setPen(sub or fg)
        p.drawText(s, align, self._subtitle)
        p.end()


class Panel(QFrame):
    """A rounded card background (styled by the theme's `QFrame#card` rule)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)


class ScaledLabel(QLabel):
    """A heading sized relative to the app font; follows the text-size setting when it changes."""

    def __init__(self, text: str = "", factor: float = 1.0, *, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._factor, self._bold = factor, bold
        self.setWordWrap(True)
        self._rescale()
        # The app's fontChanged signal, not ApplicationFontChange events: those do not reach
        # widgets once an application style sheet is set.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._rescale)

    def _rescale(self, _font: QFont | None = None) -> None:
        # A style sheet rather than setFont: re-applying the app style sheet (theme changes)
        # resets fonts set with setFont, but keeps a widget's own style sheet.
        size = QApplication.font().pointSizeF() * self._factor
        weight = "bold" if self._bold else "normal"
        self.setStyleSheet(f"font-size: {size:.1f}pt; font-weight: {weight};")


def centred_page(owner: QWidget, name: str, max_chars: int) -> QWidget:
    """Fill `owner` with a frameless scroll area holding a column at most `max_chars` wide,
    centred; returns the column to lay the screen out in."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    page = QWidget()
    scroll.setWidget(page)
    centre = QHBoxLayout(page)
    content = QWidget()
    content.setMaximumWidth(owner.fontMetrics().horizontalAdvance("x") * max_chars)
    centre.addStretch(1)
    centre.addWidget(content, 100)
    centre.addStretch(1)
    return content
