"""Quick hide (F12 / Ctrl+H) works on every screen, not only in checkpoint mode, and the hidden
window reveals nothing: no run name in the title or on screen, no dialog left open, no bars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fieldkit.ui.app import settle

SCREENS = ["home", "library", "checklists", "prompts", "settings", "run"]
SECRET = "Met commander Z at km 42"


def _visible_text(window) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible()]


@pytest.mark.parametrize("key", [(Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
                                 (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)])
@pytest.mark.parametrize("screen", SCREENS)
def test_hide_key_covers_every_screen(qtbot, window, screen, key) -> None:
    app = QApplication.instance()
    libs, user = window.ctx.libs, window.ctx.user
    run = user.runs.start(libs.checklist("checkpoint"), SECRET, libs.infos[0])
    window.show_view(screen, **({"run_id": run.id} if screen == "run" else {}))
    window.activateWindow()
    settle(app)
    focus = QApplication.focusWidget() or window
    QTest.keyClick(focus, *key)
    assert window.is_hidden()
    assert window.windowTitle() == "Clock"
    assert not window.nav_bar.isVisible() and not window.statusBar().isVisible()
    assert not any(SECRET in t or "checkpoint" in t.lower() for t in _visible_text(window))
    assert not window.stack.isVisible()
    QTest.keyClick(window.cover, Qt.Key.Key_Escape)  # Esc never reveals
    assert window.is_hidden()
    QTest.keyClick(window.cover, *key)
    assert not window.is_hidden()
    assert window.windowTitle() == "FieldKit" and window.nav_bar.isVisible()
    assert window.current_view().name == screen


def test_an_open_dialog_goes_out_of_sight_and_comes_back(qtbot, window) -> None:
    app = QApplication.instance()
    window.activateWindow()
    box = QMessageBox(QMessageBox.Icon.Question, "Delete run?", f"Delete “{SECRET}”?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.show()
    settle(app)
    assert box.isVisible()
    window.toggle_hidden()
    assert window.is_hidden() and not box.isVisible()
    window.toggle_hidden()
    assert box.isVisible()
    box.close()
