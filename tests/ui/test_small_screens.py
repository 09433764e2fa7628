"""Small screens (issue 10): the window opens inside the screen it is on, and every screen lays
out at 1024x600 in every text size without asking for more room than that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from fieldkit.ui.app import settle
from fieldkit.ui.main_window import fitted_size
from fieldkit.ui.theme import apply_theme

SCREENS = ["home", "library", "checklists", "prompts", "settings", "run", "sync"]


def test_the_default_size_fits_a_small_laptop() -> None:
    assert fitted_size(QSize(1366, 730)) == (1200, 672)
    assert fitted_size(QSize(1024, 570)) == (973, 524)
    assert fitted_size(QSize(2560, 1400)) == (1200, 800)


@pytest.mark.parametrize("text_size", ["normal", "large", "huge"])
@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_fits_1024_by_600(qtbot, window, screen: str, text_size: str) -> None:
    app = QApplication.instance()
    try:
        apply_theme(app, "light", text_size)
        window.apply_settings()
        if screen == "run":
            libs, user = window.ctx.libs, window.ctx.user
            run = user.runs.start(libs.checklist("checkpoint"), "Small", libs.infos[0])
            window.show_view("run", run_id=run.id)
        else:
            window.show_view(screen)
        window.resize(1024, 600)
        settle(app)
        need = window.minimumSizeHint()
        assert need.width() <= 1024 and need.height() <= 600, f"{screen} needs {need}"
        assert (window.width(), window.height()) == (1024, 600)
    finally:
        apply_theme(app, "light", "normal")


def test_headings_follow_a_live_text_size_change(qtbot, window) -> None:
    from fieldkit.ui.widgets.type_scale import Heading

    app = QApplication.instance()
    for name in ("home", "settings", "checklists"):
        window.show_view(name)
    settle(app)

    def ratios() -> set[float]:
        base = QApplication.font().pointSizeF()
        return {round(h.font().pointSizeF() / base, 2) for h in window.findChildren(Heading)}

    before = ratios()
    try:
        for text_size in ("large", "huge", "small", "normal"):
            apply_theme(app, "light", text_size)
            window.apply_settings()
            settle(app)
            assert ratios() == before, text_size
    finally:
        apply_theme(app, "light", "normal")


def test_the_window_comes_back_where_it_was(qtbot, library_path, data_folder) -> None:
    from fieldkit.core.display_prefs import read_display_prefs, read_window_geometry
    from fieldkit.ui.app import build_window

    first = build_window([library_path], data_folder)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(20, 30, 700, 500)  # inside the offscreen screen (800x600)
    settle(QApplication.instance())
    first.close()
    first.ctx.close()
    assert read_window_geometry(data_folder)[2:] == (700, 500)
    assert read_display_prefs(data_folder)["theme"] == "light"  # the other keys are kept

    again = build_window([library_path], data_folder)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    again.close()
    again.ctx.close()


def test_a_remembered_place_off_every_screen_is_ignored(qtbot, library_path,
                                                        data_folder) -> None:
    from fieldkit.core.display_prefs import write_window_geometry
    from fieldkit.ui.app import build_window

    write_window_geometry(data_folder, (5000, 4000, 3000, 2000))  # yesterday's big monitor
    window = build_window([library_path], data_folder)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    window.close()
    window.ctx.close()
