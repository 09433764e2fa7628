"""The note for a whole run: an editor that shows the stored note and asks to save it while
the person types (a pause, steady typing, a blur), for the run screen and checkpoint mode.

Holds no data: `save` carries the text to the caller, which writes through RunControl.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from fieldkit.ui.autosave import Autosave


class RunNoteEditor(QPlainTextEdit):
    save = Signal(str)  # the text to store

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self.setAccessibleName(self.tr("Note for the whole run"))
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._edited)
        self._autosave = Autosave(self.flush, self, editor=self)

    def show_note(self, text: str | None) -> None:
        """The stored note, replacing what is shown (not an edit: nothing to save)."""
        self.blockSignals(True)
        self.setPlainText(text or "")
        self.blockSignals(False)
        self._dirty = False

    def _edited(self) -> None:
        self._dirty = True
        self._autosave.changed()

    def flush(self) -> None:
        if self._dirty:
            self._dirty = False
            self.save.emit(self.toPlainText())
