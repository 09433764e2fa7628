"""Every control a keyboard can reach has a name a screen reader can say, on every screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

from fieldkit.ui.app import settle

SCREENS = ["home", "library", "checklists", "prompts", "settings", "run", "sync"]


def _unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if (not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                or isinstance(widget, QScrollBar)):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin or combo box: the box itself carries the name
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.mark.parametrize("screen", SCREENS)
def test_every_reachable_control_has_an_accessible_name(qtbot, window, screen: str) -> None:
    from PySide6.QtWidgets import QApplication

    if screen == "run":
        libs, user = window.ctx.libs, window.ctx.user
        run = user.runs.start(libs.checklist("checkpoint"), "A11y", libs.infos[0])
        window.show_view("run", run_id=run.id)
    else:
        window.show_view(screen)
    settle(QApplication.instance())
    assert _unnamed_controls(window) == []


def test_checkpoint_mode_controls_are_named(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    window.start_checkpoint()
    settle(QApplication.instance())
    assert _unnamed_controls(window) == []
    window.leave_fullscreen()
