"""A worksheet read as a card: its title, each section's guidance, and the labels of its fields
as a list of what to note (checkpoint mode's "If threatened" card, read at a glance).

Shows what it is given, as plain text; it never fetches or saves anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from fieldkit.core.worksheet_views import WorksheetView
from fieldkit.ui.widgets.type_scale import Heading


class GuidanceCard(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self.setWidget(self._body)
        self.title = Heading("", 1.6)
        self.title.setObjectName("card-title")
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self.lines: list[str] = []  # what is shown, in order (for tests and screen readers)

    def _label(self, text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = self.font()
        font.setBold(bold)
        label.setFont(font)
        self.lines.append(text)
        return label

    def _clear(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines = []

    def show_message(self, text: str) -> None:
        self._clear()
        self.title.setText("")
        self._layout.addWidget(self._label(text))
        self._layout.addStretch(1)

    def show_worksheet(self, worksheet: WorksheetView) -> None:
        self._clear()
        self.title.setText(worksheet.title)
        self.title.setAccessibleName(worksheet.title)
        line = self.fontMetrics().height()
        if worksheet.summary:
            self._layout.addWidget(self._label(worksheet.summary))
        for section in worksheet.sections:
            self._layout.addSpacing(line // 2)
            self._layout.addWidget(self._label(section.title, bold=True))
            if section.text:
                self._layout.addWidget(self._label(section.text))
            for point in [*section.points, *(f.label for f in section.fields)]:
                self._layout.addWidget(self._label(f"•  {point}"))
        self._layout.addStretch(1)
