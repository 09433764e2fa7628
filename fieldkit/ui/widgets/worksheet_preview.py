"""The worksheet chosen in the list, before a sheet of it is started: title, summary, an outline
of its sections, a name for the sheet, "attach to the run", and the start button.

Presentation only: shows what it is given; the screen decides what starting means.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fieldkit.core.worksheet_views import WorksheetSummary, WorksheetView
from fieldkit.ui.widgets.controls import action_button
from fieldkit.ui.widgets.sheet_form import plain_label
from fieldkit.ui.widgets.type_scale import Heading


class WorksheetPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = self.fontMetrics().height()
        rv = QVBoxLayout(self)
        rv.setContentsMargins(line * 2, 0, 0, 0)
        rv.setSpacing(round(line * 0.6))
        self.title = Heading("", 1.6)
        self.summary = plain_label("")
        self.outline = plain_label("", muted=True)
        for w in (self.title, self.summary, self.outline):
            rv.addWidget(w)
        rv.addSpacing(line)
        name_label = QLabel(self.tr("Name this sheet (optional)"))
        self.sheet_name = QLineEdit()
        self.sheet_name.setAccessibleName(self.tr("Sheet name"))
        self.sheet_name.setPlaceholderText(self.tr("e.g. Debrief, km 42"))
        self.sheet_name.setMinimumHeight(round(line * 2))
        name_label.setBuddy(self.sheet_name)
        rv.addWidget(name_label)
        rv.addWidget(self.sheet_name)
        self.attach_box = QCheckBox()
        self.attach_box.setAccessibleName(self.tr("Attach to the run"))
        self.attach_box.setChecked(True)
        self.attach_box.hide()
        rv.addWidget(self.attach_box)
        self.start_button = action_button(self.tr("Start filling in"), self.tr("Start filling in"),
                                          self.tr("Start a new sheet of this worksheet (Enter)"),
                                          primary=True)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        rv.addLayout(row)
        rv.addStretch(1)

    def show_summary(self, summary: WorksheetSummary) -> None:
        """At once, from the list; the outline follows with `show_worksheet`."""
        self.title.setText(summary.title)
        self.summary.setText(summary.summary or "")
        self.outline.setText("")

    def show_worksheet(self, worksheet: WorksheetView) -> None:
        lines = []
        for s in worksheet.sections:
            count = len(s.fields)
            lines.append(f"{s.title} · " + (self.tr("%n field(s)", "", count) if count
                                            else self.tr("to read")))
        self.outline.setText("\n".join(lines))
