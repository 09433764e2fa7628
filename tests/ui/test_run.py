"""The run screen on a real library and user DB: items by phase, ticking by mouse and keyboard,
notes, linked prompts, removed items, finish/reset/delete, and HTML/PDF reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from run_support import box_center, row_of, start_run_via_ui

from fieldkit.core.library import ChecklistView, ItemView, LibrarySet, PhaseView
from fieldkit.core.userdata import UserData
from fieldkit.ui.models.run_items import IsHeaderRole, ItemRole


def test_run_screen_shows_phases_items_and_progress(qtbot, window):
    screen = start_run_via_ui(qtbot, window, name="Checkpoint at km 42")
    model = screen.items.model()
    assert screen.heading.text() == "Checkpoint at km 42"
    assert "Convoy stopped at a checkpoint" in screen.subtitle.text()
    headers = [model.index(r, 0).data() for r in range(model.rowCount())
               if model.index(r, 0).data(IsHeaderRole)]
    assert headers == ["Before departure", "At the checkpoint", "After the checkpoint"]
    assert screen.progress_label.text() == "0 of 48 done"
    assert "critical" in screen.critical_label.text()
    # the first item is selected, its detail is shown, and critical says so in words
    item = screen.items.currentIndex().data(ItemRole)
    assert item.id == "movement-notified"
    assert screen.item_title.text() == item.text
    assert "Critical" in screen.item_state.text()
    assert "critical" in model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_click_tick_saves_with_time_and_shows_linked_prompts(qtbot, window, data_folder):
    screen = start_run_via_ui(qtbot, window)
    row = row_of(screen.items, "spokesperson-designated")
    screen.items.setCurrentIndex(screen.items.model().index(row, 0))
    qtbot.waitUntil(lambda: len(screen.prompts.cards) == 3, timeout=5000)
    titles = [c.prompt.title for c in screen.prompts.cards]
    assert "When the negotiator is young" in titles
    assert screen.prompts.cards[0].sections.text().count("Avoid") == 1
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:
        QTest.mouseClick(screen.items.viewport(), Qt.MouseButton.LeftButton,
                         pos=box_center(screen.items, row))
    assert blocker.args == ["spokesperson-designated", "tick"]
    assert screen.status.text().startswith("Ticked ")
    assert screen.progress_label.text() == "1 of 48 done"
    with UserData(data_folder) as user:
        stored = user.runs.get(screen.control.run.id)
    item = next(i for i in stored.items if i.id == "spokesperson-designated")
    assert item.done and item.done_at


def test_keyboard_only_run_persists_in_a_new_window(qtbot, window, library_path, data_folder):
    from fieldkit.ui.app import build_window

    window.show_view("checklists", checklist_id="community-meeting")
    view = window.views["checklists"]
    qtbot.waitUntil(lambda: view._selected_id() == "community-meeting", timeout=5000)
    view.run_name.setFocus()
    QTest.keyClicks(view.run_name, "Elders at Kafr")
    QTest.keyClick(view.run_name, Qt.Key.Key_Return)
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.control.run is not None and window.current_view() is screen,
                    timeout=5000)
    assert screen.heading.text() == "Elders at Kafr"
    assert screen.items.hasFocus()
    QTest.keyClick(screen.items, Qt.Key.Key_Down)  # headers are skipped by the arrow keys
    target = screen.items.currentIndex().data(ItemRole)
    assert target is not None
    with qtbot.waitSignal(screen.saved, timeout=5000):
        QTest.keyClick(screen.items, Qt.Key.Key_Space)
    QTest.keyClick(screen.items, Qt.Key.Key_Tab)
    assert screen.note.hasFocus()
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:
        QTest.keyClicks(screen.note, "Chief asked for a second visit")
    assert blocker.args == [target.id, "note"]
    QTest.keyClick(screen.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = screen.confirm_box  # critical items are undone: finishing asks first, naming them
    qtbot.waitUntil(box.isVisible, timeout=2000)
    missed = screen.control.run.critical_undone()
    assert missed and all(i.text in box.text() for i in missed)
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:
        next(b for b in box.buttons() if b.text() == "Finish anyway").click()
    assert blocker.args == ["", "finish"]
    assert screen.finish_button.text() == "Reopen run"
    run_id = screen.control.run.id

    second = build_window([library_path], data_folder)
    qtbot.addWidget(second)
    try:
        second.show()
        second.show_view("run", run_id=run_id)
        other = second.views["run"]
        qtbot.waitUntil(lambda: other.control.run is not None, timeout=5000)
        item = other.control.model.item(target.id)
        assert item.done and item.note == "Chief asked for a second visit"
        assert other.control.run.is_finished
        assert not other.control.model.flags(other.control.model.index(1, 0)) \
            & Qt.ItemFlag.ItemIsUserCheckable  # a finished run is read-only
    finally:
        second.close()
        second.ctx.close()


def test_items_gone_from_the_checklist_show_as_removed(qtbot, window, library_path,
                                                       data_folder):
    with LibrarySet([library_path]) as libs, UserData(data_folder) as user:
        current = libs.checklist("checkpoint")
        old_item = ItemView("old-radio-code", "Use the old radio code words.", None, "check", [])
        phases = [PhaseView(current.phases[0].id, current.phases[0].title,
                            [*current.phases[0].items, old_item]), *current.phases[1:]]
        run = user.runs.start(ChecklistView(current.id, current.title, current.summary,
                                            current.setting, phases))
    window.show_view("run", run_id=run.id)
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.control.run is not None, timeout=5000)
    item = screen.control.model.item("old-radio-code")
    assert item is not None and item.removed
    row = row_of(screen.items, "old-radio-code")
    text = screen.items.model().index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "no longer in the checklist" in text


def test_reports_export_as_html_and_pdf(qtbot, window, tmp_path: Path):
    screen = start_run_via_ui(qtbot, window, name="Km 42")
    with qtbot.waitSignal(screen.saved, timeout=5000):
        screen.control.toggle("movement-notified")
    for name in ("report.html", "report.pdf"):
        with qtbot.waitSignal(screen.saved, timeout=10000) as blocker:
            screen.export(tmp_path / name)
        assert blocker.args == ["", "export"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Notify the movement through the agreed channels only." in html
    assert "✔ yes" in html
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    assert not list(tmp_path.glob("*.part"))


def test_reset_and_delete_ask_first(qtbot, window, data_folder):
    screen = start_run_via_ui(qtbot, window)
    with qtbot.waitSignal(screen.saved, timeout=5000):
        screen.control.toggle("movement-notified")
    screen.ask_reset()
    box = screen.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=2000)
    box.button(box.StandardButton.Cancel).click()  # cancelling changes nothing
    assert screen.control.model.item("movement-notified").done
    screen.ask_reset()
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:
        next(b for b in screen.confirm_box.buttons() if b.text() == "Clear ticks").click()
    assert blocker.args == ["", "reset"]
    assert not screen.control.model.item("movement-notified").done
    run_id = screen.control.run.id
    screen.ask_delete()
    with qtbot.waitSignal(screen.control.deleted, timeout=5000):
        next(b for b in screen.confirm_box.buttons() if b.text() == "Delete run").click()
    assert window.current_view().name == "checklists"
    with UserData(data_folder) as user:
        assert run_id not in {r.id for r in user.runs.list()}


def test_no_run_open_offers_a_way_to_start(qtbot, window):
    window.show_view("run")
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 0, timeout=5000)
    assert screen.pages.currentWidget().isVisible()


def test_ctrl_z_undoes_the_last_tick_and_note_and_is_saved(qtbot, window, data_folder):
    screen = start_run_via_ui(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    screen.items.setFocus()
    target = screen.items.currentIndex().data(ItemRole)
    with qtbot.waitSignal(screen.saved, timeout=5000):
        QTest.keyClick(screen.items, Qt.Key.Key_Space)
    QTest.keyClick(screen.items, Qt.Key.Key_Tab)
    with qtbot.waitSignal(screen.saved, timeout=5000):
        QTest.keyClicks(screen.note, "Wrong item")
    screen.items.setFocus()
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:  # the note first...
        QTest.keyClick(screen.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [target.id, "undo"]
    assert screen.note.toPlainText() == "" and screen.control.model.item(target.id).done
    with qtbot.waitSignal(screen.saved, timeout=5000):  # ...then the tick
        QTest.keyClick(screen.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not screen.control.model.item(target.id).done
    assert screen.status.text() == "Undone — saved"
    with UserData(data_folder) as user:
        stored = next(i for i in user.runs.get(screen.control.run.id).items
                      if i.id == target.id)
    assert not stored.done and stored.note is None
    assert screen.control.undo() is False  # nothing left to undo


def test_ctrl_f_filters_the_items_and_ctrl_k_stays_global(qtbot, window):
    screen = start_run_via_ui(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    screen.items.setFocus()
    QTest.keyClick(screen.items, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.find_box.isVisible() and screen.find_box.hasFocus()
    QTest.keyClicks(screen.find_box, "radio")
    model = screen.items.model()
    items = [model.index(r, 0).data(ItemRole) for r in range(model.rowCount())]
    texts = [i.text for i in items if i is not None]
    assert texts and all("radio" in t.lower() for t in texts)
    assert any(model.index(r, 0).data(IsHeaderRole) for r in range(model.rowCount()))
    QTest.keyClick(screen.find_box, Qt.Key.Key_Return)
    assert screen.items.hasFocus() and "radio" in screen._current_item().text.lower()
    screen.find()
    QTest.keyClick(screen.find_box, Qt.Key.Key_Escape)
    assert not screen.find_box.isVisible()
    assert model.rowCount() == screen.control.model.rowCount()  # every row back
    QTest.keyClick(screen.items, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus() or window.search_box.isAncestorOf(
        window.focusWidget())


def test_not_applicable_added_items_run_note_and_author_reach_the_report(
        qtbot, window, tmp_path: Path):
    screen = start_run_via_ui(qtbot, window, name="Km 42")
    row = row_of(screen.items, "authorisation-letters")
    screen.items.setCurrentIndex(screen.items.model().index(row, 0))
    screen.toggle_na()
    box = screen.na_box
    qtbot.waitUntil(box.isVisible, timeout=2000)
    box.setTextValue("No letters asked at this post")
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:
        box.accept()
    assert blocker.args == ["authorisation-letters", "na"]
    assert "Not applicable: No letters asked at this post" in screen.item_state.text()
    assert screen.na_button.text() == "Applicable again"
    screen.add_text.setText("Check the spare tyre")
    with qtbot.waitSignal(screen.saved, timeout=5000) as blocker:
        QTest.keyClick(screen.add_text, Qt.Key.Key_Return)
    added = screen.control.model.item(blocker.args[0])
    assert blocker.args[1] == "add" and added.added and added.phase_id == "before"
    assert "added during the run" in screen.items.currentIndex().data(
        Qt.ItemDataRole.AccessibleTextRole)
    screen.author.setText("Team B")
    with qtbot.waitSignal(screen.saved, timeout=5000):
        screen.author.editingFinished.emit()
    with qtbot.waitSignal(screen.saved, timeout=5000):
        QTest.keyClicks(screen.run_note, "Road reopened at 09:00")
    with qtbot.waitSignal(screen.saved, timeout=10000):
        screen.export(tmp_path / "report.html")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<td>n/a</td>" in html and "Not applicable: No letters asked at this post" in html
    assert "Check the spare tyre (added during the run)" in html
    assert "Team B" in html and "Road reopened at 09:00" in html


def test_the_status_line_never_carries_over_to_another_run(qtbot, window) -> None:
    libs, user = window.ctx.libs, window.ctx.user
    first = user.runs.start(libs.checklist("checkpoint"), "First", libs.infos[0])
    second = user.runs.start(libs.checklist("checkpoint"), "Second", libs.infos[0])
    window.show_view("run", run_id=first.id)
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.control.run is not None and screen.control.run.id == first.id)
    with qtbot.waitSignal(screen.saved, timeout=5000):
        screen.control.tick(first.items[0].id, True)
    qtbot.waitUntil(lambda: screen.status.text() != "")
    window.show_view("run", run_id=second.id)
    qtbot.waitUntil(lambda: screen.control.run.id == second.id)
    assert screen.status.text() == ""
