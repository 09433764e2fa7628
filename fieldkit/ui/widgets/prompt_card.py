"""A cultural prompt as a card: title, text, what to do, what to avoid, questions to ask
yourself; and a short column of such cards for the few prompts linked to one checklist item.

Shows what it is given; it never fetches prompts itself.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.content import PromptView
from fieldkit.ui.theme import accent
from fieldkit.ui.widgets.type_scale import scaled_font


def _label(text: str = "", *, rich: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


class PromptCard(QFrame):
    """`compact` shows the title, the text and what to do (checkpoint mode: a glance)."""

    def __init__(self, prompt: PromptView | None = None, *, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.compact = compact
        self.prompt: PromptView | None = None
        layout = QVBoxLayout(self)
        self.topic = _label(name="muted")
        self.title = _label()
        self.text = _label()
        self.sections = _label(rich=True)
        for w in (self.topic, self.title, self.text, self.sections):
            layout.addWidget(w)
        self.apply_font(QApplication.font())
        if prompt is not None:
            self.set_prompt(prompt)

    def apply_font(self, base: QFont) -> None:
        """Explicit fonts: an app style sheet stops Qt passing them down through layouts."""
        line = QFontMetrics(base).height()
        self.layout().setContentsMargins(line, round(line * 0.8), line, round(line * 0.8))
        self.layout().setSpacing(round(line * 0.45))
        for w in (self, self.topic, self.text, self.sections):
            w.setFont(base)
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * 1.2)
        title.setBold(True)
        self.title.setFont(title)

    def set_prompt(self, prompt: PromptView) -> None:
        self.prompt = prompt
        self.topic.setText(prompt.topic_title)
        self.title.setText(prompt.title)
        self.text.setText(prompt.text)
        groups = [(self.tr("Do"), "✓", accent("done"), prompt.do)]
        if not self.compact:
            groups += [(self.tr("Avoid"), "✗", accent("critical"), prompt.avoid),
                       (self.tr("Ask yourself"), "?", accent("primary"), prompt.ask)]
        parts = []
        for heading, mark, colour, lines in groups:
            if not lines:
                continue
            rows = "".join(f"<tr><td style='color:{colour}'><b>{mark}</b>&nbsp;&nbsp;</td>"
                           f"<td>{html.escape(t)}</td></tr>" for t in lines)
            parts.append(f"<p style='margin-top:10px; margin-bottom:2px'><b style='color:"
                         f"{colour}'>{html.escape(heading)}</b></p>"
                         f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
        self.sections.setText("".join(parts))
        self.sections.setVisible(bool(parts))
        self.setAccessibleName(self.tr("Prompt: %1").replace("%1", prompt.title))
        self.setAccessibleDescription(prompt.text)


class PromptColumn(QScrollArea):
    """The (few) prompts linked to one item, stacked; a plain line when there are none."""

    def __init__(self, *, compact: bool = False, scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.scale = scale
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("prompt-column")
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(self.fontMetrics().height())
        self.empty = _label(name="muted")
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.setWidget(inner)
        inner.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Prompts for this item"))
        self.cards: list[PromptCard] = []

    def set_prompts(self, prompts: list[PromptView], empty_text: str = "") -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for i, prompt in enumerate(prompts):
            card = PromptCard(prompt, compact=self.compact, parent=self.widget())
            card.apply_font(scaled_font(self.scale))
            self._layout.insertWidget(1 + i, card)
            self.cards.append(card)
        self.empty.setFont(scaled_font(self.scale))
        self.empty.setText(empty_text)
        self.empty.setVisible(not prompts and bool(empty_text))
        self.verticalScrollBar().setValue(0)
