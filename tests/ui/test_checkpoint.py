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


def _seed_open_run(library_path, data_folder, name="Yesterday at km 42"):
    from fieldkit.core.library import LibrarySet

    with LibrarySet([library_path]) as libs, UserData(data_folder) as user:
        run = user.runs.start(libs.checklist("checkpoint"), name, libs.infos[0])
        user.runs.tick(run.id, "movement-notified")
        return run.id


def _choice(qtbot, window):
    view = window.views["checkpoint"]
    window.start_checkpoint()
    qtbot.waitUntil(lambda: view.choice is not None and view.choice.isVisible(), timeout=5000)
    return view, view.choice


def test_an_unfinished_run_is_never_resumed_silently(qtbot, window, library_path,
                                                     data_folder):
    """Home's card: the unfinished run is offered with its name, start time and progress;
    Enter continues it."""
    run_id = _seed_open_run(library_path, data_folder)
    window.show_view("home")
    home = window.views["home"]
    view = window.views["checkpoint"]
    home.checkpoint_card.click()
    qtbot.waitUntil(lambda: view.choice is not None and view.choice.isVisible(), timeout=5000)
    box = view.choice
    assert box.continue_button.text() == "Continue “Yesterday at km 42”"
    with UserData(data_folder) as user:
        total = len(user.runs.get(run_id).items)
    assert f"1 of {total} done" in box.continue_info.text()
    assert "Started" in box.continue_info.text()
    assert box.continue_button.hasFocus() or box.continue_button.isDefault()
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert view.control.run.id == run_id
    assert view.run_label.text() == "Yesterday at km 42"
    assert view.items.currentIndex().data(ItemRole).id != "movement-notified"


def test_checkpoint_journey_new_named_run_to_finish_by_keyboard(qtbot, window, library_path,
                                                                data_folder):
    old_id = _seed_open_run(library_path, data_folder)
    window.activateWindow()
    view, box = _choice(qtbot, window)
    QTest.keyClick(box, Qt.Key.Key_Tab)  # from "Continue" to the new run's name
    assert box.name.hasFocus()
    assert box.name.placeholderText().startswith("Convoy stopped at a checkpoint · ")
    QTest.keyClicks(box.name, "Km 42 & <b>Ahmed</b>")
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        QTest.keyClick(box.name, Qt.Key.Key_Return)
    run = view.control.run
    assert run.id != old_id and run.name == "Km 42 & <b>Ahmed</b>"
    assert view.run_label.text() == "Km 42 & <b>Ahmed</b>"  # plain text, never markup
    window.activateWindow()  # offscreen, the closed dialog does not hand activation back
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.items.setFocus()
    first = view.items.currentIndex().data(ItemRole)
    assert first.id == "movement-notified"
    with qtbot.waitSignal(view.saved, timeout=5000):
        QTest.keyClick(view.items, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.items.currentIndex().data(ItemRole).id != first.id,
                    timeout=2000)
    # Ctrl+Z undoes the tick (saved), and brings the highlight back to that item
    with qtbot.waitSignal(view.saved, timeout=5000) as blocker:
        QTest.keyClick(view.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [first.id, "undo"]
    assert not view.control.model.item(first.id).done
    assert view.items.currentIndex().data(ItemRole).id == first.id
    # a note for the highlighted item, then one for the whole run
    QTest.keyClick(view.items, Qt.Key.Key_Tab)
    assert view.note.hasFocus()
    with qtbot.waitSignal(view.saved, timeout=5000) as blocker:
        QTest.keyClicks(view.note, "Asked twice for papers")
    assert blocker.args == [first.id, "note"]
    QTest.keyClick(view.note, Qt.Key.Key_Tab)
    assert view.run_note.hasFocus()
    with qtbot.waitSignal(view.saved, timeout=5000) as blocker:
        QTest.keyClicks(view.run_note, "Commander polite; 20 min wait")
    assert blocker.args == ["", "run-note"]
    view.items.setFocus()
    # finish with critical items undone: the question names them; Cancel is the default
    QTest.keyClick(view.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    confirm = view.confirm_box
    qtbot.waitUntil(confirm.isVisible, timeout=2000)
    assert "critical item" in confirm.text() and first.text in confirm.text()
    assert confirm.defaultButton() is confirm.button(confirm.StandardButton.Cancel)
    QTest.keyClick(confirm, Qt.Key.Key_Escape)
    assert not view.control.run.is_finished
    view.ask_finish()
    confirm = view.confirm_box
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        next(b for b in confirm.buttons() if b.text() == "Finish anyway").click()
    qtbot.waitUntil(lambda: window.current_view().name == "run", timeout=5000)
    assert not window.isFullScreen()
    with UserData(data_folder) as user:
        stored = user.runs.get(run.id)
        assert stored.is_finished and stored.note == "Commander polite; 20 min wait"
        assert next(i for i in stored.items if i.id == first.id).note == "Asked twice for papers"
        assert not next(i for i in stored.items if i.id == first.id).done
        assert "undo" in [e.action for e in user.runs.events(run.id)]
        assert not user.runs.get(old_id).is_finished  # yesterday's run is untouched


def test_leaving_the_choice_leaves_checkpoint_mode(qtbot, window, library_path, data_folder):
    _seed_open_run(library_path, data_folder)
    _view, box = _choice(qtbot, window)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert window.current_view().name == "home"
