"""The emergency wipe dialog (Settings, or hold Ctrl+Shift+Delete for two seconds anywhere):
three scopes, a countdown that starts at once, and Cancel (Esc) until it reaches zero.

It only asks; `Locker.wipe` does the work (screens emptied, DB closed, files erased on the
worker, then the app as on a new machine).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.wipe import ALL, EVERYTHING, NOTES
from fieldkit.ui.widgets.type_scale import Heading

COUNTDOWN_S = 5
HOLD_MS = 2000
HOLD_KEY = Qt.Key.Key_Delete
HOLD_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class WipeDialog(QDialog):
    """Emits `wipe_requested(scope)` when the countdown ends (or on "Wipe now")."""

    wipe_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, seconds: int = COUNTDOWN_S) -> None:
        super().__init__(parent)
        self.setObjectName("wipe-dialog")
        self.setWindowTitle(self.tr("Erase data"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(Heading(self.tr("Erase your data"), 1.4, bold=True))
        warn = QLabel(self.tr("This cannot be undone. Choose what to erase; it starts when the "
                              "count reaches zero. Esc or Cancel stops it."))
        warn.setWordWrap(True)
        layout.addWidget(warn)
        self.scopes = QButtonGroup(self)
        for i, (scope, text) in enumerate((
                (NOTES, self.tr("My runs, notes and worksheets (with their backups)")),
                (ALL, self.tr("Everything of mine, with settings and logs")),
                (EVERYTHING, self.tr("Everything, with the installed packs")))):
            button = QRadioButton(text)
            button.setProperty("scope", scope)
            button.setMinimumHeight(30)
            self.scopes.addButton(button, i)
            layout.addWidget(button)
        self.scopes.button(0).setChecked(True)
        self.setMinimumWidth(520)
        self.count = Heading("", 1.8, bold=True)
        self.count.setObjectName("wipe-countdown")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setAccessibleName(self.tr("Seconds before erasing"))
        layout.addWidget(self.count)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the wipe"))
        self.cancel_button.clicked.connect(self.reject)
        self.now_button = QPushButton(self.tr("Erase now"))
        self.now_button.setAccessibleName(self.tr("Erase now, without waiting"))
        self.now_button.clicked.connect(self.fire)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.now_button)
        layout.addLayout(row)
        self.cancel_button.setDefault(True)  # Enter never erases by accident
        self.seconds_left = seconds
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._show_count()
        self._timer.start()

    def scope(self) -> str:
        return str(self.scopes.checkedButton().property("scope"))

    def _show_count(self) -> None:
        self.count.setText(self.tr("Erasing in %n second(s)", "", self.seconds_left))

    def _tick(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left <= 0:
            self.fire()
        else:
            self._show_count()

    def fire(self) -> None:
        self._timer.stop()
        scope = self.scope()
        self.accept()
        self.wipe_requested.emit(scope)

    def reject(self) -> None:
        self._timer.stop()
        super().reject()


class WipeHold(QObject):
    """Ctrl+Shift+Delete held for two seconds, from any screen (even locked): opens the wipe
    dialog. Letting go sooner does nothing, so a stray press cannot start it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=HOLD_MS)
        self.timer.timeout.connect(window.open_wipe_dialog)
        self.armed = False

    def arm(self) -> None:
        """Start watching the keys. The window calls this once it has painted: an
        application-wide Python event filter makes PySide6 build, at the next widget it meets,
        every class it has not built yet (about 30 ms, which would delay the first window)."""
        app = QApplication.instance()
        if app is not None and not self.armed:
            app.installEventFilter(self)
            self.armed = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            held = event.key() == HOLD_KEY \
                and (event.modifiers() & HOLD_MODIFIERS) == HOLD_MODIFIERS
            if kind == QEvent.Type.KeyPress and held:
                if not self.timer.isActive():
                    self.timer.start()
                return False
            if kind == QEvent.Type.KeyRelease and event.key() in (
                    HOLD_KEY, Qt.Key.Key_Control, Qt.Key.Key_Shift):
                self.timer.stop()
        elif kind == QEvent.Type.ApplicationDeactivate:
            self.timer.stop()
        return False
