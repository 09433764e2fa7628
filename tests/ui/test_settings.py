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


def test_changing_the_data_folder_moves_the_session_at_once(
        window, qtbot, data_folder: Path, tmp_path: Path, monkeypatch) -> None:
    """Issue 8 item 7: after 'Change data folder' the app used to keep writing to the old
    folder until restarted, so those notes seemed gone after the restart."""
    from fieldkit.core.paths import chosen_data_dir
    from fieldkit.core.userdata import UserData
    from fieldkit.ui.worker import wait_for_all

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("FIELDKIT_HOME", raising=False)
    user = window.ctx.user
    user.set_note("rec-x", "field note")
    window.show_view("settings")
    view = window.views["settings"]
    new = tmp_path / "usb-stick" / "FieldKit"
    view.change_folder(new)
    wait_for_all(5000)
    qtbot.waitUntil(lambda: view.folder.text() == str(new), timeout=5000)
    assert "from now on" in window.statusBar().currentMessage()
    assert chosen_data_dir() == new.resolve()
    assert window.ctx.data_folder == new
    user.set_note("rec-y", "written after the switch")  # an object held from before
    window.ctx.user.set_note("rec-z", "and through the context")
    wait_for_all(5000)
    window.close()
    window.ctx.close()
    with UserData(new) as moved:
        assert moved.note("rec-x") == "field note"
        assert moved.note("rec-y") == "written after the switch"
        assert moved.note("rec-z") == "and through the context"
    with UserData(data_folder) as old:  # the old copy stays as it was, and gets nothing new
        assert old.note("rec-x") == "field note"
        assert old.note("rec-y") is None


def test_a_folder_set_by_data_dir_cannot_be_changed_in_settings(
        qtbot, library_path: Path, data_folder: Path, tmp_path: Path, monkeypatch) -> None:
    """With --data-dir or FIELDKIT_HOME the choice used to be ignored silently while Settings
    said it would take effect."""
    from fieldkit.core.paths import chosen_data_dir
    from fieldkit.ui.app import build_window

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = build_window([library_path], data_folder)
    win.ctx.folder_override = "FIELDKIT_HOME"
    qtbot.addWidget(win)
    try:
        win.show_view("settings")
        view = win.views["settings"]
        # The panel is built when first shown; rebuild-free: the override is read at use.
        view.change_folder(tmp_path / "elsewhere")
        wait_for_all(5000)
        assert "FIELDKIT_HOME" in win.banner.text()
        assert chosen_data_dir() is None
        assert not (tmp_path / "elsewhere").exists()
        assert win.ctx.data_folder == data_folder
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()


def test_portable_mode_disables_the_data_folder_choice_and_says_why(
        qtbot, library_path: Path, data_folder: Path, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QPushButton

    from fieldkit.core.paths import PORTABLE
    from fieldkit.ui.app import build_window

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = build_window([library_path], data_folder)
    win.ctx.folder_override = PORTABLE
    qtbot.addWidget(win)
    try:
        win.resize(1280, 800)
        win.show_view("settings")
        view = win.views["settings"]
        change = [b for b in view.findChildren(QPushButton)
                  if b.accessibleName() == "Choose another data folder"]
        assert len(change) == 1 and not change[0].isEnabled()
        text = view.folder_override_label.text()
        assert "portable mode" in text and "“portable”" in text
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()


def test_language_choice_is_saved_for_the_next_start_and_said_plainly(
        window, qtbot, library_path: Path, data_folder: Path) -> None:
    """Arabic chosen in Settings: saved in display.json, the status line says it applies from
    the next start, and the next window opens in Arabic, right to left."""
    from fieldkit.core.display_prefs import read_display_prefs
    from fieldkit.ui.app import build_window
    from fieldkit.ui.i18n import LANGUAGES, install_language
    from fieldkit.ui.views.settings import LANGUAGE_CHOICES

    app = QApplication.instance()
    settings = window.views["settings"]
    window.show_view("settings")
    assert ("", *LANGUAGES) == LANGUAGE_CHOICES
    assert settings.language_group.checkedId() == 0  # as the system, by default
    assert settings.language_group.button(4).text() == "العربية"  # named in itself
    try:
        settings.language_group.button(4).click()
        wait_for_all(5000)
        assert read_display_prefs(data_folder)["language"] == "ar"
        assert "from the next start" in window.statusBar().currentMessage()
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight  # not yet
        window.close()
        window.ctx.close()

        again = build_window([library_path], data_folder)
        qtbot.addWidget(again)
        again.show()
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert again.views["settings"].title() == "الإعدادات"
        view = again.views["settings"]
        again.show_view("settings")
        qtbot.waitUntil(lambda: view.language_group.checkedId() == 4)
        # --lang beats the saved choice
        english = build_window([library_path], data_folder, language="en")
        qtbot.addWidget(english)
        assert english.views["settings"].title() == "Settings"
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        for w in (again, english):
            w.close()
        wait_for_all(5000)
        again.ctx.close()
        english.ctx.close()
    finally:
        install_language(app, "en")
