"""Checkpoint mode: full screen, one phase at a time, big type, the next item focused, ticks
saved, quick-hide to a neutral clock, Esc leaves; it resumes the open run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from fieldkit.core.userdata import UserData
from fieldkit.ui.models.run_items import ItemRole


def _enter(qtbot, window):
    view = window.views["checkpoint"]
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        window.start_checkpoint()
    assert view.phase_model.rowCount() > 0
    return view


def _items(view):
    return [view.phase_model.index(r, 0).data(ItemRole) for r in range(view.phase_model.rowCount())]


def test_full_screen_one_phase_big_type_and_ticks(qtbot, window, data_folder):
    window.activateWindow()
    view = _enter(qtbot, window)
    assert window.isFullScreen() and not window.nav_bar.isVisible()
    assert view.items.font().pointSizeF() >= 1.5 * QApplication.font().pointSizeF()
    items = _items(view)
    assert {i.phase_id for i in items} == {"before"} and len(items) == 18
    assert "Before departure" in view.phase_title.text()
    assert "F12" in view.hint.text() and "Ctrl+H" in view.hint.text()
    # the next undone item is current and focused; Space ticks it and focus moves on
    first = view.items.currentIndex().data(ItemRole)
    assert first.id == "movement-notified" and view.items.hasFocus()
    with qtbot.waitSignal(view.saved, timeout=5000):
        QTest.keyClick(view.items, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.items.currentIndex().data(ItemRole).id != first.id,
                    timeout=2000)
    # Enter ticks too
    second = view.items.currentIndex().data(ItemRole)
    with qtbot.waitSignal(view.saved, timeout=5000):
        QTest.keyClick(view.items, Qt.Key.Key_Return)
    assert "2 of 18" in view.phase_count.text()
    with UserData(data_folder) as user:
        stored = {i.id: i.done for i in user.runs.get(view.control.run.id).items}
    assert stored[first.id] and stored[second.id]
    # Page Down: the next phase, alone
    QTest.keyClick(view.items, Qt.Key.Key_PageDown)
    assert {i.phase_id for i in _items(view)} == {"at"} or "At the checkpoint" in \
        view.phase_title.text()
    assert "phase 2 of 3" in view.phase_title.text()
    QTest.keyClick(view.items, Qt.Key.Key_PageUp)
    assert "phase 1 of 3" in view.phase_title.text()


def test_quick_hide_blanks_and_esc_leaves(qtbot, window):
    window.activateWindow()
    view = _enter(qtbot, window)
    for key, mod in ((Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
                     (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(view.items, key, mod)
        assert view.is_hidden()
        shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        assert not any("checkpoint" in t.lower() or "departure" in t.lower() for t in shown)
        assert not view.items.isVisible()
        QTest.keyClick(window.cover, key, mod)  # the same key brings it back
        assert not view.is_hidden() and view.items.isVisible()
    QTest.keyClick(view.items, Qt.Key.Key_F12)
    QTest.keyClick(window.cover, Qt.Key.Key_Escape)  # Esc never reveals it
    assert view.is_hidden() and not view.items.isVisible() and window.isFullScreen()
    QTest.keyClick(window.cover, Qt.Key.Key_F12)
    assert not view.is_hidden() and window.isFullScreen()
    QTest.keyClick(view.items, Qt.Key.Key_Escape)
    assert not window.isFullScreen() and window.nav_bar.isVisible()
    assert window.current_view().name == "home"


def test_resumes_the_open_checkpoint_run(qtbot, window):
    view = _enter(qtbot, window)
    run_id = view.control.run.id
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.tick_current()
    view.leave()
    view = _enter(qtbot, window)
    assert view.control.run.id == run_id
    assert view.items.currentIndex().data(ItemRole).id != "movement-notified"
