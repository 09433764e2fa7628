"""A worksheet as a form: section headings, guidance, and one editor per field, the editor chosen
by the field's kind (a line, a text box, a list of choices, a date and time, yes / no).

Shows what it is given and reports edits (`edited`) and leaving a field (`left`); it never saves.
Every text, the worksheet's and the person's, is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.worksheet_views import NO, YES, FieldView, SectionView, WorksheetView
from fieldkit.ui.widgets.controls import muted_label
from fieldkit.ui.widgets.type_scale import Heading

DATE_FORMAT = "yyyy-MM-dd HH:mm"
_NOT_SET = QDateTime.fromString("2000-01-01 00:00", DATE_FORMAT)


def plain_label(text: str, *, muted: bool = False) -> QLabel:
    label = muted_label(text) if muted else QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def mnemonic_safe(text: str) -> str:
    """Text for a button: an '&' in it is shown, never taken as a keyboard shortcut."""
    return text.replace("&", "&&")


def _clear(layout: QLayout) -> None:
    """Empty a layout, nested layouts and their widgets included."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
            item.layout().deleteLater()


class FieldEditor(QWidget):
    """One field's editor; `changed(value)` carries the value as the core stores it."""

    changed = Signal(str)
    left = Signal()

    def __init__(self, f: FieldView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self._loading = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.input: QWidget
        self._group: QButtonGroup | None = None
        if f.kind == "long-text":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().height() * 4)
            edit.setMaximumHeight(edit.fontMetrics().height() * 8)
            edit.textChanged.connect(lambda: self._emit(edit.toPlainText()))
            self.input = edit
        elif f.kind == "choice":
            combo = QComboBox()
            combo.addItem(self.tr("— not chosen —"), "")
            for option in f.options:
                combo.addItem(option, option)
            combo.currentIndexChanged.connect(lambda _i: self._emit(combo.currentData() or ""))
            self.input = combo
        elif f.kind == "yes-no":
            box = QWidget()
            radios = QHBoxLayout(box)
            radios.setContentsMargins(0, 0, 0, 0)
            self._group = QButtonGroup(self)
            for value, text in ((YES, self.tr("Yes")), (NO, self.tr("No")),
                                ("", self.tr("Not answered"))):
                radio = QRadioButton(text)
                radio.setProperty("value", value)
                radio.setAccessibleName(f"{f.label}: {text}")
                self._group.addButton(radio)
                radios.addWidget(radio)
            radios.addStretch(1)
            self._group.buttonToggled.connect(
                lambda b, on: self._emit(b.property("value")) if on else None)
            self.input = box
        elif f.kind == "date-time":
            when = QDateTimeEdit()
            when.setDisplayFormat(DATE_FORMAT)
            when.setCalendarPopup(True)
            when.setMinimumDateTime(_NOT_SET)
            when.setSpecialValueText(self.tr("not set"))
            when.setDateTime(_NOT_SET)
            when.dateTimeChanged.connect(lambda _d: self._emit(self._date_value()))
            now = QPushButton(self.tr("Now"))
            now.setAccessibleName(self.tr("Set %1 to now").replace("%1", f.label))
            now.clicked.connect(lambda: when.setDateTime(QDateTime.currentDateTime()))
            clear = QPushButton(self.tr("Clear"))
            clear.setAccessibleName(self.tr("Clear %1").replace("%1", f.label))
            clear.clicked.connect(lambda: when.setDateTime(_NOT_SET))
            row.addWidget(when)
            row.addWidget(now)
            row.addWidget(clear)
            row.addStretch(1)
            self.input = when
        else:
            line = QLineEdit()
            line.textEdited.connect(self._emit)
            line.editingFinished.connect(self.left)
            self.input = line
        if f.kind != "date-time":
            row.addWidget(self.input, 1)
        self.input.setAccessibleName(f.label)
        if f.help:
            self.input.setAccessibleDescription(f.help)
        self.input.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.FocusOut:
            self.left.emit()
        return super().eventFilter(watched, event)

    def _date_value(self) -> str:
        when = self.input
        assert isinstance(when, QDateTimeEdit)
        if when.dateTime() == _NOT_SET:
            return ""
        return when.dateTime().toString(DATE_FORMAT)

    def _emit(self, value: str) -> None:
        if not self._loading:
            self.changed.emit(value)

    def set_value(self, value: str) -> None:
        """Show a stored value without reporting it as an edit."""
        self._loading = True
        try:
            w = self.input
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            elif isinstance(w, QLineEdit):
                w.setText(value)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QDateTimeEdit):
                parsed = QDateTime.fromString(value, DATE_FORMAT) if " " in value else \
                    QDateTime.fromString(f"{value} 00:00", DATE_FORMAT)
                w.setDateTime(parsed if value and parsed.isValid() else _NOT_SET)
            elif self._group is not None:
                for b in self._group.buttons():
                    b.setChecked(b.property("value") == value)
        finally:
            self._loading = False

    def value(self) -> str:
        w = self.input
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if isinstance(w, QDateTimeEdit):
            return self._date_value()
        checked = self._group.checkedButton() if self._group else None
        return checked.property("value") if checked else ""


class SheetForm(QWidget):
    """The whole worksheet: `edited(field id, value)` as the person types or chooses."""

    edited = Signal(str, str)
    left = Signal(str)
    prompt_requested = Signal(str)  # a linked prompt's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        self._link_rows: list[tuple[list[str], QHBoxLayout]] = []
        self.prompt_buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(round(self.fontMetrics().height() * 0.4))

    def show_worksheet(self, worksheet: WorksheetView, values: dict[str, str]) -> None:
        _clear(self._layout)
        self.editors = {}
        self._link_rows = []
        self.prompt_buttons = []
        for section in worksheet.sections:
            self._add_section(section)
        self._layout.addStretch(1)
        for field_id, editor in self.editors.items():
            editor.set_value(values.get(field_id, ""))

    def _add_section(self, section: SectionView) -> None:
        line = self.fontMetrics().height()
        self._layout.addSpacing(line // 2)
        heading = Heading(section.title, 1.2)
        heading.setAccessibleName(section.title)
        self._layout.addWidget(heading)
        if section.text:
            self._layout.addWidget(plain_label(section.text))
        for point in section.points:
            self._layout.addWidget(plain_label(f"•  {point}"))
        self._links(section.prompts, self._layout)
        for f in section.fields:
            frame = QFrame()
            box = QVBoxLayout(frame)
            box.setContentsMargins(0, line // 3, 0, 0)
            box.setSpacing(2)
            label = plain_label(f.label)
            label.setObjectName("field-label")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            box.addWidget(label)
            editor = FieldEditor(f)
            editor.changed.connect(lambda value, fid=f.id: self.edited.emit(fid, value))
            editor.left.connect(lambda fid=f.id: self.left.emit(fid))
            box.addWidget(editor)
            if f.help:
                box.addWidget(plain_label(f.help, muted=True))
            self._links(f.prompts, box)
            self.editors[f.id] = editor
            self._layout.addWidget(frame)

    def _links(self, prompt_ids: list[str], layout: QVBoxLayout) -> None:
        """A row that will hold buttons to the linked prompts, once their titles are known."""
        if prompt_ids:
            row = QHBoxLayout()
            layout.addLayout(row)
            self._link_rows.append((list(prompt_ids), row))

    def prompt_ids(self) -> list[str]:
        return list(dict.fromkeys(i for ids, _row in self._link_rows for i in ids))

    def show_prompt_links(self, titles: dict[str, str]) -> None:
        """Buttons to the linked prompts the library has (`titles`: id -> title)."""
        for ids, row in self._link_rows:
            shown = [i for i in ids if i in titles]
            if not shown:
                continue
            row.addWidget(plain_label(self.tr("Keep in mind:"), muted=True))
            for prompt_id in shown:
                button = QPushButton(mnemonic_safe(titles[prompt_id]))
                button.setAccessibleName(self.tr("Prompt: %1").replace("%1", titles[prompt_id]))
                button.setToolTip(self.tr("Open this cultural prompt"))
                button.setFlat(True)
                button.clicked.connect(lambda _=False, p=prompt_id: self.prompt_requested.emit(p))
                row.addWidget(button)
                self.prompt_buttons.append(button)
            row.addStretch(1)

    def editor(self, field_id: str) -> FieldEditor:
        return self.editors[field_id]
