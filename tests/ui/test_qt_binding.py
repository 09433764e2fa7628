"""Guards the pinned Qt binding: PySide6 6.12.0 released None once per void call, which
crashed the app ('deallocating None') after a few thousand events."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def test_void_calls_keep_none_refcount_stable(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.update()
        qapp.processEvents()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 100, f"None's refcount drifted by {drift}: the Qt binding is broken"
