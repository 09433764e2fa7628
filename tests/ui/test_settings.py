"""Settings: changes apply at once (palette, font), persist in the user DB, survive a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fieldkit.ui.theme import apply_theme
from fieldkit.ui.worker import wait_for_all


def test_settings_apply_and_persist(window, qtbot, library_path: Path,
                                    data_folder: Path) -> None:
    from fieldkit.ui.app import build_window

    app = QApplication.instance()
    settings = window.views["settings"]
    window.show_view("settings")
    assert settings.folder.text() == str(data_folder)
    light = app.palette().color(QPalette.ColorRole.Window).name()
    size = app.font().pointSizeF()
    try:
        qtbot.mouseClick(settings.theme_group.button(1), Qt.MouseButton.LeftButton)  # Dark
        assert app.palette().color(QPalette.ColorRole.Window).name() != light
        settings.size_group.button(3).click()  # Huge
        assert app.font().pointSizeF() > size * 1.4
        settings.context_group.button(2).click()  # Community meeting
        wait_for_all(5000)
        assert window.ctx.user.setting("theme") == "dark"
        assert window.ctx.user.setting("text_size") == "huge"
        assert window.ctx.user.setting("context") == "community-meeting"
        settings.context_group.button(0).click()  # All settings: no filter
        wait_for_all(5000)
        assert window.ctx.user.setting("context", "missing") is None
        window.close()
        window.ctx.close()

        apply_theme(app, "light", "normal")
        again = build_window([library_path], data_folder)
        qtbot.addWidget(again)
        again.show()
        assert app.palette().color(QPalette.ColorRole.Window).name() != light
        view = again.views["settings"]
        again.show_view("settings")
        qtbot.waitUntil(lambda: view.theme_group.checkedId() == 1
                        and view.size_group.checkedId() == 3)
        wait_for_all(5000)
        again.close()
        again.ctx.close()
    finally:
        apply_theme(app, "light", "normal")


def test_changing_the_data_folder_copies_and_applies_next_start(
        window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from fieldkit.core.paths import chosen_data_dir
    from fieldkit.core.userdata import UserData
    from fieldkit.ui.worker import wait_for_all

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window.ctx.user.set_note("rec-x", "field note")
    window.show_view("settings")
    view = window.views["settings"]
    new = tmp_path / "usb-stick" / "FieldKit"
    view.change_folder(new)
    wait_for_all(5000)
    qtbot.waitUntil(lambda: "next start" in view.folder.text(), timeout=5000)
    assert chosen_data_dir() == new.resolve()
    with UserData(new) as copy:
        assert copy.note("rec-x") == "field note"
    assert window.ctx.user.note("rec-x") == "field note"  # this session's data is untouched
