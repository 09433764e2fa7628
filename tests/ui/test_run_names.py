"""Runs people can tell apart, and names shown exactly as typed: continue-or-new from the
checklists screen, rename and delete from the runs list (keyboard), reading a checklist without
a run, and names with `&`, `<` and markup on every screen that shows them."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldkit.core.build import build_library
from fieldkit.core.library import LibrarySet
from fieldkit.core.userdata import UserData
from fieldkit.ui.models.roles import Roles

REPO = Path(__file__).resolve().parents[2]
NAMES = ["Water & sanitation", "Route A<B", 'Checkpoint km 42 <b>x</b> & "Ahmed"']


def _seed(library_path, data_folder, checklist_id: str, name: str) -> str:
    with LibrarySet([library_path]) as libs, UserData(data_folder) as user:
        return user.runs.start(libs.checklist(checklist_id), name, libs.infos[0]).id


def _checklists(qtbot, window, checklist_id="community-meeting"):
    window.show_view("checklists", checklist_id=checklist_id)
    view = window.views["checklists"]
    qtbot.waitUntil(lambda: view._selected_id() == checklist_id, timeout=5000)
    return view


def test_start_offers_continue_or_new_and_new_is_named(qtbot, window, library_path,
                                                      data_folder):
    old = _seed(library_path, data_folder, "community-meeting", "Elders at Kafr")
    view = _checklists(qtbot, window)
    qtbot.waitUntil(lambda: view.continue_button.isVisibleTo(view)
                    and bool(view.continue_button.text()), timeout=5000)
    view.run_name.setFocus()
    QTest.keyClicks(view.run_name, "Second visit")
    QTest.keyClick(view.run_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.choice is not None and view.choice.isVisible(), timeout=5000)
    box = view.choice
    assert box.continue_button.text() == "Continue “Elders at Kafr”"
    assert box.name.text() == "Second visit"  # what was typed carries over
    QTest.keyClick(box, Qt.Key.Key_Tab)
    screen = window.views["run"]
    QTest.keyClick(box.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view() is screen and screen.control.run is not None
                    and screen.control.run.id != old, timeout=5000)
    assert screen.heading.text() == "Second visit"


def test_the_home_card_continues_the_open_meeting_run(qtbot, window, library_path,
                                                      data_folder):
    old = _seed(library_path, data_folder, "community-meeting", "Elders at Kafr")
    window.show_view("home")
    window.views["home"].meeting_card.click()
    view = window.views["checklists"]
    qtbot.waitUntil(lambda: view.choice is not None and view.choice.isVisible(), timeout=5000)
    screen = window.views["run"]
    QTest.keyClick(view.choice, Qt.Key.Key_Return)  # Enter: continue
    qtbot.waitUntil(lambda: window.current_view() is screen and screen.control.run is not None,
                    timeout=5000)
    assert screen.control.run.id == old
    with UserData(data_folder) as user:
        assert len(user.runs.list()) == 1  # no second identical run


def test_no_open_run_starts_at_once_with_a_default_name(qtbot, window):
    view = _checklists(qtbot, window)
    view.start_run()
    screen = window.views["run"]
    qtbot.waitUntil(lambda: window.current_view() is screen and screen.control.run is not None,
                    timeout=5000)
    assert screen.heading.text().startswith("First meeting with community leaders · ")
    assert view.choice is None


def test_rename_and_delete_from_the_runs_list_by_keyboard(qtbot, window, library_path,
                                                         data_folder):
    run_id = _seed(library_path, data_folder, "checkpoint", "Km 42")
    window.activateWindow()
    view = _checklists(qtbot, window, "checkpoint")
    qtbot.waitUntil(lambda: view.runs.rowCount() == 1, timeout=5000)
    view.run_list.setFocus()
    QTest.keyClick(view.run_list, Qt.Key.Key_F2)
    box = view.rename_box
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert box.textValue() == "Km 42"
    box.setTextValue("Km 42 & <b>north</b>")
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.runs.run(0).name == "Km 42 & <b>north</b>", timeout=5000)
    window.activateWindow()  # offscreen, the closed dialog does not hand activation back
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.run_list.setCurrentIndex(view.runs.index(0))
    view.run_list.setFocus()
    QTest.keyClick(view.run_list, Qt.Key.Key_Delete)
    box = view.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert "“Km 42 & <b>north</b>”" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Escape)  # cancel keeps it
    assert view.runs.rowCount() == 1
    view.ask_delete()
    next(b for b in view.confirm_box.buttons() if b.text() == "Delete run").click()
    qtbot.waitUntil(lambda: view.runs.rowCount() == 0, timeout=5000)
    with UserData(data_folder) as user:
        assert run_id not in {r.id for r in user.runs.list()}


def test_read_a_checklist_without_starting_a_run(qtbot, window, data_folder):
    view = _checklists(qtbot, window, "checkpoint")
    view.read_button.click()
    qtbot.waitUntil(view.reading.isVisible, timeout=5000)
    text = view.reading.toPlainText()
    with LibrarySet([window.ctx.libs.infos[0].path]) as libs:
        first = libs.checklist("checkpoint").phases[0].items[0].text
    assert first in text and "Keep in mind:" in text
    assert "When the negotiator is young" in text
    with UserData(data_folder) as user:
        assert user.runs.list() == []


@pytest.mark.parametrize("name", NAMES)
def test_names_show_as_typed_everywhere(qtbot, window, library_path, data_folder, name):
    run_id = _seed(library_path, data_folder, "checkpoint", name)
    with UserData(data_folder) as user:
        total = len(user.runs.get(run_id).items)
    # the checklists screen's Continue button: & is not a shortcut marker
    view = _checklists(qtbot, window, "checkpoint")
    qtbot.waitUntil(lambda: view.continue_button.isVisibleTo(view)
                    and bool(view.continue_button.text()), timeout=5000)
    assert view.continue_button.text().replace("&&", "&") == f"Continue “{name}” (0 of {total})"
    assert view.continue_button.text().count("&") == 2 * name.count("&")
    # Home's recent runs: escaped before the rich-text delegate sees it
    window.show_view("home")
    home = window.views["home"]
    qtbot.waitUntil(lambda: home.runs_model.rowCount() == 1, timeout=5000)
    index = home.runs_model.index(0)
    assert index.data(Roles.Title) == name
    html = home.runs_list.itemDelegate()._html(index, False)
    assert escape(name) in html
    # the run screen
    window.show_view("run")
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.control.run is not None, timeout=5000)
    assert screen.heading.text() == name
    for label in (screen.heading, screen.subtitle, screen.item_detail, screen.item_state):
        assert label.textFormat() == Qt.TextFormat.PlainText
    # checkpoint mode: the choice and the header
    checkpoint = window.views["checkpoint"]
    window.start_checkpoint()
    qtbot.waitUntil(lambda: checkpoint.choice is not None and checkpoint.choice.isVisible(),
                    timeout=5000)
    button = checkpoint.choice.continue_button
    assert button.text().replace("&&", "&") == f"Continue “{name}”"
    with qtbot.waitSignal(checkpoint.control.loaded, timeout=5000):
        button.click()
    assert checkpoint.run_label.text() == name
    assert checkpoint.run_label.textFormat() == Qt.TextFormat.PlainText
    checkpoint.leave()


def test_a_pack_title_with_markup_shows_as_text_on_home(qtbot, tmp_path, data_folder):
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    src = tmp_path / "data"
    shutil.copytree(REPO / "data", src)
    toml = src / "library.toml"
    toml.write_text(toml.read_text("utf-8").replace(
        'title = "FieldKit core library"', 'title = "Water & sanitation <i>pack</i> A<B"'),
        "utf-8")
    lib = tmp_path / "lib.sqlite"
    build_library(src, lib)
    win = build_window([lib], data_folder)
    qtbot.addWidget(win)
    win.show()
    try:
        home = win.views["home"]
        qtbot.waitUntil(lambda: "Water" in home.lib_title.text(), timeout=10000)
        assert "Water &amp; sanitation &lt;i&gt;pack&lt;/i&gt; A&lt;B" in home.lib_title.text()
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
