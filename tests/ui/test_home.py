"""Home: entry points go where they say, recent runs come from the user DB, library status."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.ui.models.roles import Roles


def test_home_shows_entry_points_and_library_status(window, qtbot) -> None:
    home = window.views["home"]
    assert window.current_view() is home
    titles = [c.text() for c in (home.checkpoint_card, home.meeting_card, home.tracks_card,
                                 home.prompts_card)]
    assert titles == ["At a checkpoint", "Meeting community leaders", "Choose your track",
                      "Cultural prompts"]
    assert "FieldKit core library" in home.lib_title.text()
    assert home.lib_version.text().startswith("Version ")
    assert "today" in home.lib_age.text() or "day" in home.lib_age.text()
    assert "Offline" in home.offline.text()
    qtbot.waitUntil(lambda: home.runs_empty.isVisible())  # a fresh user folder has no runs


def test_recent_runs_listed_and_open_with_enter(window, qtbot) -> None:
    user, libs = window.ctx.user, window.ctx.libs
    run = user.runs.start(libs.checklist("checkpoint"), name="Checkpoint at km 42")
    user.runs.tick(run.id, run.items[0].id)
    home = window.views["home"]
    window.show_view("home")
    qtbot.waitUntil(lambda: home.runs_model.rowCount() == 1)
    assert home.runs_list.isVisible()
    index = home.runs_model.index(0)
    assert index.data() == "Checkpoint at km 42"
    assert "1 of" in index.data(Roles.Meta)
    home.runs_list.setFocus()
    home.runs_list.setCurrentIndex(index)
    qtbot.keyClick(home.runs_list, Qt.Key.Key_Return)
    assert window.current_view().name == "run"


def test_entry_cards_navigate(window, qtbot) -> None:
    home = window.views["home"]
    qtbot.mouseClick(home.tracks_card, Qt.MouseButton.LeftButton)
    assert window.current_view().name == "prompts"
    window.show_view("home")
    home.meeting_card.setFocus()
    qtbot.keyClick(home.meeting_card, Qt.Key.Key_Space)
    assert window.current_view().name == "checklists"
    window.show_view("home")
    qtbot.mouseClick(home.checkpoint_card, Qt.MouseButton.LeftButton)
    assert window.current_view().name == "checkpoint"
    window.leave_fullscreen()
    assert window.current_view().name == "home"


def test_every_worksheet_is_reachable_from_home(window, qtbot) -> None:
    home = window.views["home"]
    home.worksheets_card.click()
    view = window.views["worksheets"]
    assert window.current_view() is view
    wanted = {w.id for w in window.ctx.libs.worksheets()}
    assert len(wanted) >= 8
    qtbot.waitUntil(lambda: view.worksheets.rowCount() == len(wanted), timeout=5000)
    listed = {view.worksheets.worksheet(r).id for r in range(view.worksheets.rowCount())}
    assert listed == wanted


def test_the_if_threatened_card_is_one_click_from_home(window, qtbot) -> None:
    window.views["home"].threatened_card.click()
    view = window.views["worksheets"]
    qtbot.waitUntil(lambda: view._selected_id() == "if-threatened", timeout=5000)
