"""The checklists screen: real checklists and runs, starting (named) runs, continuing one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from run_support import start_run_via_ui

from fieldkit.ui.models.roles import Roles


def test_lists_checklists_with_phases(qtbot, window):
    window.show_view("checklists")
    view = window.views["checklists"]
    qtbot.waitUntil(lambda: view.checklists.rowCount() == 2, timeout=5000)
    titles = [view.checklists.index(r).data(Roles.Title) for r in range(2)]
    assert "Convoy stopped at a checkpoint" in titles
    assert "First meeting with community leaders" in titles
    view.activate(checklist_id="checkpoint")
    qtbot.waitUntil(lambda: "Before departure" in view.phases.text(), timeout=5000)
    assert view.title_label.text() == "Convoy stopped at a checkpoint"
    assert "critical" in view.phases.text()
    assert view.no_runs.isVisible() and not view.run_list.isVisible()


def test_start_with_activate_and_list_past_runs(qtbot, window):
    window.show_view("checklists", checklist_id="community-meeting", start=True)
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.control.run is not None and window.current_view() is screen,
                    timeout=5000)
    assert screen.control.run.checklist_id == "community-meeting"
    start_run_via_ui(qtbot, window, "checkpoint", name="Checkpoint at km 42")
    window.show_view("checklists", checklist_id="checkpoint")
    view = window.views["checklists"]
    qtbot.waitUntil(lambda: view.runs.rowCount() == 2, timeout=5000)
    labels = {view.runs.index(r).data(Roles.Title) for r in range(2)}
    assert "Checkpoint at km 42" in labels
    qtbot.waitUntil(view.continue_button.isVisible, timeout=5000)
    assert "Checkpoint at km 42" in view.continue_button.text()
    # Enter on a past run opens it
    view.run_list.setFocus()
    row = next(r for r in range(2)
               if view.runs.index(r).data(Roles.Title) == "Checkpoint at km 42")
    view.run_list.setCurrentIndex(view.runs.index(row))
    QTest.keyClick(view.run_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view() is screen
                    and screen.heading.text() == "Checkpoint at km 42", timeout=5000)
