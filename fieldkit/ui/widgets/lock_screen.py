"""The unlock screen: all the window shows while locked (and at start when a passphrase is set).

Holds no data of the person: a passphrase field, one button, one line of status. Disguised, it
says nothing of FieldKit: a plain page with the disguise's name and a "Password" field, or (with
no passphrase) an empty page that only the open shortcut leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.widgets.type_scale import Heading

OPEN_KEYS = "Ctrl+Shift+O"  # opens a disguised, passphrase-less start screen


class LockScreen(QWidget):
    """Emits `unlock_requested(passphrase)`; the lock controller answers with `failed` or
    the window switches away."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.setAutoFillBackground(True)
        self._protected = False
        self._disguise: str | None = None
        self._wait_left = 0
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.heading = Heading("", 2.0, bold=True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self.submit)
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.passphrase)
        row.addWidget(self.button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("lock-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(self.tr("Unlock status"))
        for w in (self.heading, self.hint):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(3)
        self._open = QShortcut(QKeySequence(OPEN_KEYS), self, activated=self._open_disguised)
        self._open.setWhatsThis(self.tr("Open from the neutral start screen (no passphrase set)"))
        self._open.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self.configure(protected=False, disguise=None)

    def configure(self, *, protected: bool, disguise: str | None,
                  attempts_left: int | None = None) -> None:
        self._protected, self._disguise = protected, disguise
        self._open.setEnabled(bool(disguise) and not protected)
        self.passphrase.clear()
        self.status.clear()
        self.passphrase.setVisible(protected)
        self.button.setVisible(protected or disguise is None)
        if disguise:
            self.heading.setText(disguise)
            self.hint.setText(self.tr("Password") if protected else self.tr("No notes."))
            self.button.setText(self.tr("OK"))
            self.passphrase.setAccessibleName(self.tr("Password"))
        else:
            self.heading.setText(self.tr("FieldKit is locked"))
            self.hint.setText(self.tr("Enter your passphrase to open your data.") if protected
                              else self.tr("No passphrase is set, so anyone with this computer "
                                           "can unlock it. Set one in Settings › Privacy."))
            self.button.setText(self.tr("Unlock"))
            self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.button.setAccessibleName(self.button.text())
        self.show_attempts(attempts_left)

    def show_attempts(self, attempts_left: int | None, failed: bool = False) -> None:
        lines = []
        if failed:
            lines.append(self.tr("Wrong password.") if self._disguise
                         else self.tr("That passphrase is wrong."))
        if attempts_left is not None and not self._disguise:
            lines.append(self.tr("%n attempt(s) left before your notes are erased.", "",
                                 attempts_left))
        self.status.setText(" ".join(lines))

    def take_focus(self) -> None:
        (self.passphrase if self._protected else self.button).setFocus()

    def failed(self, delay_s: int, attempts_left: int | None) -> None:
        """A wrong passphrase: say so, and wait `delay_s` before the next try."""
        self.passphrase.clear()
        self.show_attempts(attempts_left, failed=True)
        self._base_status = self.status.text()
        self._wait_left = delay_s
        self._set_busy(delay_s > 0)
        if delay_s > 0:
            self._tick_text()
            self._timer.start()
        else:
            self.passphrase.setEnabled(True)
            self.take_focus()

    def busy(self, on: bool) -> None:
        self._set_busy(on)

    def _set_busy(self, on: bool) -> None:
        self.passphrase.setEnabled(not on)
        self.button.setEnabled(not on)
        if not on:
            self.take_focus()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            self.status.setText(self._base_status)
            self._set_busy(False)
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self.status.setText(self._base_status + " " + self.tr(
            "Try again in %n second(s).", "", self._wait_left))

    def is_waiting(self) -> bool:
        return self._wait_left > 0

    def submit(self) -> None:
        if self.is_waiting() or not self.button.isEnabled():
            return
        self._set_busy(True)
        text = self.passphrase.text() if self._protected else ""
        self.passphrase.clear()  # the passphrase stays in no widget
        self.unlock_requested.emit(text)

    def _open_disguised(self) -> None:
        if self._disguise and not self._protected and self.isVisible():
            self.unlock_requested.emit("")
