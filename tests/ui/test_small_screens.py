"""Small screens (issue 10): the window opens inside the screen it is on, and every screen lays
out at 1024x600 in every text size without asking for more room than that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from fieldkit.ui.app import settle
from fieldkit.ui.main_window import fitted_size
from fieldkit.ui.theme import apply_theme

SCREENS = ["home", "library", "checklists", "prompts", "settings", "run"]


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
