"""Small building blocks shared by screens: a muted (secondary) label and an action button.

Presentation only: no data and no behaviour of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton


def muted_label(text: str = "") -> QLabel:
    """Plain text: what it shows often holds a run's or a pack's own words."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def action_button(text: str, name: str, tip: str = "", *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    if primary:
        button.setObjectName("primary")
    button.setMinimumHeight(button.fontMetrics().height() * 2)
    return button
