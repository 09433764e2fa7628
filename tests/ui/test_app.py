"""The app as a program: no-display message, the screenshot command, right-to-left layout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

VIEWS = ["home", "library", "search:negotiation", "checklist:checkpoint", "run", "checkpoint",
         "prompts", "settings", "worksheets", "worksheets:iceberg", "threatened"]


def _fieldkit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldkit", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def _distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_no_display_says_so_in_one_sentence(library_path: Path, data_folder: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = _fieldkit("--library", str(library_path), "--data-dir", str(data_folder), env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("fieldkit: error: no display found")
    assert "--screenshot" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_command_renders_each_view(view: str, library_path: Path, data_folder: Path,
                                              tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    result = _fieldkit("--library", str(library_path), "--data-dir", str(data_folder), "gui",
                       "--screenshot", str(png), "--view", view, "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1024, 700)
    assert _distinct_colours(image) > 8, f"{view} rendered (nearly) blank"


def test_screenshot_rejects_unknown_view(library_path: Path, data_folder: Path,
                                         tmp_path: Path) -> None:
    result = _fieldkit("--library", str(library_path), "--data-dir", str(data_folder), "gui",
                       "--screenshot", str(tmp_path / "x.png"), "--view", "nowhere")
    assert result.returncode != 0
    assert "unknown view" in result.stderr
    assert "Traceback" not in result.stderr


def test_right_to_left_mirrors_home(qtbot, library_path: Path, data_folder: Path,
                                    tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from fieldkit.ui.app import build_window, settle
    from fieldkit.ui.i18n import install_language

    app = QApplication.instance()
    try:
        win = build_window([library_path], data_folder, language="ar")  # sets right to left
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        settle(app)
        assert win.isRightToLeft()
        # The first navigation entry (Home) sits on the right; the search box on the left.
        home_button = win.nav_bar.widgetForAction(win.nav_bar.actions()[0])
        home_x = home_button.mapTo(win, home_button.rect().center()).x()
        search_x = win.search_box.mapTo(win, win.search_box.rect().center()).x()
        assert home_x > win.width() / 2 > search_x
        png = tmp_path / "home-rtl.png"
        assert win.grab().save(str(png))
        assert _distinct_colours(QImage(str(png))) > 8
        win.close()
        win.ctx.close()
    finally:
        install_language(app, "en")


def test_deferred_start_paints_then_fills_in(qtbot, library_path: Path,
                                             data_folder: Path) -> None:
    """The real start-up path: the window exists before the databases are open."""
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    win = build_window([library_path], data_folder, deferred=True)
    qtbot.addWidget(win)
    assert not win.ctx.ready
    assert "Opening" in win._status.text()
    win.show()
    qtbot.waitUntil(lambda: win.ctx.ready, timeout=15000)
    home = win.views["home"]
    qtbot.waitUntil(lambda: "FieldKit core library" in home.lib_title.text(), timeout=5000)
    assert "offline" in win._status.text()
    assert win.banner.isHidden()
    wait_for_all(5000)
    win.close()
    win.ctx.close()


def test_missing_library_is_one_plain_message(qtbot, tmp_path: Path, data_folder: Path) -> None:
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    missing = tmp_path / "nowhere.sqlite"
    win = build_window([missing], data_folder)
    qtbot.addWidget(win)
    win.show()
    assert not win.banner.isHidden()
    assert "nowhere.sqlite" in win.banner.text()
    assert "does not exist" in win.banner.text()
    assert "Traceback" not in win.banner.text()
    # The rest of the app still works: the checklists screen opens without content.
    win.show_view("checklists")
    dismiss = next(b for b in win.banner_row.findChildren(QPushButton) if b.text() == "Dismiss")
    dismiss.click()
    assert win.banner.isHidden() and win.banner_row.isHidden()
    wait_for_all(5000)
    win.close()
    win.ctx.close()


def test_screenshot_never_changes_the_users_data(library_path: Path, data_folder: Path,
                                                 tmp_path: Path) -> None:
    """Checkpoint mode starts a run when it opens; a screenshot of it must not."""
    from fieldkit.core.userdata import UserData

    with UserData(data_folder) as user:
        user.set_note("some-record", "mine")
    before = (data_folder / ".private" / "user.sqlite").read_bytes()
    result = _fieldkit("--library", str(library_path), "--data-dir", str(data_folder), "gui",
                       "--screenshot", str(tmp_path / "cp.png"), "--view", "checkpoint")
    assert result.returncode == 0, result.stderr
    assert (data_folder / ".private" / "user.sqlite").read_bytes() == before
    with UserData(data_folder) as user:
        assert user.runs.list() == []
        assert user.note("some-record") == "mine"


def test_the_window_can_paint_before_the_database_layer_loads() -> None:
    """Start-up paints first: importing the window must not import SQLAlchemy (about half a
    second and 40 MiB), which the worker loads while the window is already on screen."""
    code = ("import sys; import fieldkit.cli, fieldkit.ui.app, fieldkit.ui.main_window; "
            "print('sqlalchemy' in sys.modules)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=60, check=True).stdout.strip()
    assert out == "False"


def test_typing_before_the_library_opens_still_finds(qtbot, library_path: Path,
                                                     data_folder: Path) -> None:
    from PySide6.QtTest import QTest

    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    win = build_window([library_path], data_folder, deferred=True)
    qtbot.addWidget(win)
    win.show()
    QTest.keyClicks(win.search_box, "checkpoint")  # typed at once, while it is still opening
    qtbot.waitUntil(lambda: win.ctx.ready, timeout=15000)
    qtbot.waitUntil(lambda: win.search_box.model.query == "checkpoint"
                    and win.search_box.model.hit_count() > 0, timeout=10000)
    wait_for_all(5000)
    win.close()
    win.ctx.close()
