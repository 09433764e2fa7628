"""The questions a run asks before it changes course: continue the unfinished run or start a
new one (optionally named), and finish although critical items are not done.

Presentation only: the dialogs say what the person chose; the caller writes through RunControl.
Every name in them is shown as plain text (a run named `A & <b>` reads exactly so).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.run_views import RunSummary, RunView, default_run_name
from fieldkit.ui.time_format import local_when
from fieldkit.ui.widgets.type_scale import Heading, scaled_font


def button_text(text: str) -> str:
    """A button shows `&` as a shortcut marker: double it so user text reads as typed."""
    return text.replace("&", "&&")


def plain_label(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if muted:
        label.setObjectName("muted")
    return label


class RunChoiceDialog(QDialog):
    """An unfinished run of this checklist exists: continue it, or start a new one."""

    continue_chosen = Signal(str)   # run id
    new_chosen = Signal(object)     # the name typed, or None for the default name

    def __init__(self, parent: QWidget, checklist_title: str, open_run: RunSummary,
                 name: str = "", *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.open_run = open_run
        self.setWindowTitle(self.tr("Continue or start a new run?"))
        self.setModal(True)
        font = scaled_font(scale)
        if scale != 1.0:  # a style sheet: the app's own style sheet would reset setFont
            self.setStyleSheet(f"* {{ font-size: {font.pointSizeF():.1f}pt; }}")
        line = QFontMetrics(font).height()
        # paddings from the letter width, not the line height: an Arabic face's lines are
        # much taller (room for its marks), and padding by them overflowed a laptop screen
        em = QFontMetrics(font).horizontalAdvance("M")
        self.setMinimumWidth(QFontMetrics(font).horizontalAdvance("x") * 58)
        layout = QVBoxLayout(self)
        layout.setSpacing(round(em * 0.5))
        layout.setContentsMargins(em * 2, em, em * 2, em)
        self.heading = Heading(self.tr("You have an unfinished run of this checklist"),
                               1.3 * scale)
        if scale != 1.0:
            self.heading.setStyleSheet(f"font-size: {font.pointSizeF() * 1.3:.1f}pt;")
        layout.addWidget(self.heading)
        layout.addWidget(plain_label(checklist_title, muted=True))

        self._continue_text = self.tr("Continue “%1”")
        self.continue_button = QPushButton(button_text(
            self._continue_text.replace("%1", open_run.label)))
        self.continue_button.setObjectName("primary")
        self.continue_button.setAccessibleName(
            self.tr("Continue the run %1").replace("%1", open_run.label))
        self.continue_button.setMinimumHeight(line + em)
        self.continue_button.clicked.connect(self._continue)
        self.continue_info = plain_label(
            self.tr("Started %1 · %2 of %3 done").replace("%1", local_when(open_run.started_at))
            .replace("%2", str(open_run.done)).replace("%3", str(open_run.total)), muted=True)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.continue_info)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(rule)
        name_label = QLabel(self.tr("Or start a &new run, named (optional):"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name of the new run"))
        self.name.setPlaceholderText(default_run_name(checklist_title))
        self.name.setMinimumHeight(line + round(em * 0.6))
        self.name.returnPressed.connect(self._new)
        name_label.setBuddy(self.name)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Start a new run"))
        self.new_button.setAccessibleName(self.tr("Start a new run"))
        self.new_button.setMinimumHeight(line + em)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setMinimumHeight(line + em)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def _fit_continue(self) -> None:
        """A long run name is shortened in the middle to fit the button (a button does not
        wrap, and large type cut the name off at both ends); the full name is its tooltip."""
        button = self.continue_button
        bold = QFont(button.font())
        bold.setBold(True)  # the primary button's style
        metrics = QFontMetrics(bold)
        frame = metrics.horizontalAdvance("M") * 2
        fixed = metrics.horizontalAdvance(self._continue_text.replace("%1", ""))
        room = max(button.width() - frame - fixed, metrics.horizontalAdvance("M") * 4)
        label = metrics.elidedText(self.open_run.label, Qt.TextElideMode.ElideMiddle, room)
        button.setText(button_text(self._continue_text.replace("%1", label)))
        button.setToolTip(self.open_run.label if label != self.open_run.label else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_continue()

    def _continue(self) -> None:
        self.accept()
        self.continue_chosen.emit(self.open_run.id)

    def _new(self) -> None:
        self.accept()
        self.new_chosen.emit(self.name.text().strip() or None)


def ask_finish(parent: QWidget, run: RunView, finish: Callable[[], None]) -> QMessageBox | None:
    """Finish at once when no critical item is left undone; otherwise ask first, naming them,
    and finish only on "Finish anyway". Cancel is the default: a stray Enter never finishes.
    Returns the open question (or None)."""
    missed = run.critical_undone()
    if not missed:
        finish()
        return None
    title = RunChoiceDialog.tr("Finish the run?")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Cancel,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    lines = "\n".join(f"• {i.text}" for i in missed)
    count = len(missed)
    missing = RunChoiceDialog.tr("%n critical item(s) not done:", "", count)
    question = RunChoiceDialog.tr("Finish “%1” anyway?")
    box.setText(missing + "\n\n" + lines + "\n\n" + question.replace("%1", run.label))
    yes = box.addButton(RunChoiceDialog.tr("Finish anyway"),
                        QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _r: finish() if box.clickedButton() is yes else None)
    box.open()
    return box
