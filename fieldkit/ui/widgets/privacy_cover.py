"""Quick hide: a neutral clock that covers the whole window, from any screen, in one key.

It reveals nothing: no run name, no window title, no dialogs left open, no status line. Only the
hide key brings the work back (a panicked Esc or click never does).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldkit.ui.widgets.type_scale import Heading

HIDE_KEYS = ("F12", "Ctrl+H")
NEUTRAL_TITLE = "Clock"


class PrivacyCover(QWidget):
    """The page shown instead of the app; `MainWindow` swaps it in and out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neutral")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Clock"))
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.clock = Heading("", 4.0, bold=False)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date = QLabel()
        self.date.setObjectName("muted")
        self.date.setTextFormat(Qt.TextFormat.PlainText)
        self.date.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.clock)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self._timer = QTimer(self, interval=15000)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.tick()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        now = QDateTime.currentDateTime()
        self.clock.setText(now.toString("HH:mm"))
        self.date.setText(self.locale().toString(now.date(), "dddd d MMMM"))
