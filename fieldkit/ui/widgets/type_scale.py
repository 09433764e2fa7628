"""Headings whose size follows the app font (the text-size setting) instead of fixed points.

Sizing only: no data, no behaviour beyond re-scaling when the app font changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def scaled_font(factor: float, *, bold: bool = False, base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class Heading(QLabel):
    """A label at `factor` × the app font, bold by default; wraps."""

    def __init__(self, text: str = "", factor: float = 1.4, *, bold: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._factor, self._bold = factor, bold
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.rescale()

    def set_factor(self, factor: float) -> None:
        self._factor = factor
        self.rescale()

    def rescale(self) -> None:
        """Follow the app font now (the window calls this on every text-size change: Qt does
        not reliably tell widgets that carry their own font)."""
        self.setFont(scaled_font(self._factor, bold=self._bold))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.rescale()
        super().changeEvent(event)


def set_font_tree(root: QWidget, font: QFont, skip: tuple[QWidget, ...] = ()) -> None:
    """Give `root` and its descendants `font` explicitly. With an app style sheet, Qt does not
    pass a parent's font on to children added through layouts, so scaled screens set it here.
    Headings (which size themselves) and the `skip` subtrees keep their own."""
    skipped = set(skip)
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, Heading) or any(w is s or s.isAncestorOf(w) for s in skipped):
            continue
        w.setFont(font)
