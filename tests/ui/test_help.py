"""F1 help: the shortcuts list comes from the real bindings of every screen (a key bound without
a description fails here, so the list cannot drift), and About says the version, the libraries
with their age, and where the data lives, as plain text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldkit import __version__
from fieldkit.ui.app import settle
from fieldkit.ui.help import HelpDialog, _bindings, _keys, collect_shortcuts, describe, library_age


def test_every_bound_key_on_every_screen_is_described(window) -> None:
    missing = []
    for name in window.screen_names():
        for obj in _bindings(window.views[name]):
            if _keys(obj) and not describe(obj):
                missing.append(f"{name}: {[k.toString() for k in _keys(obj)]}")
    assert missing == []


def test_the_list_holds_the_keys_the_app_really_binds(window) -> None:
    entries = collect_shortcuts(window)
    keys = {(e.keys, e.action) for e in entries}
    native = QKeySequence.SequenceFormat.NativeText
    for expected in ("Ctrl+K", "F12", "Ctrl+H", "Alt+Left", "Alt+1", "Ctrl+E"):
        text = QKeySequence(expected).toString(native)
        assert any(k == text for k, _ in keys), expected
    assert all(action for _, action in keys)
    assert len(entries) >= 12


def test_f1_opens_help_with_about(qtbot, window) -> None:
    window.activateWindow()
    settle(QApplication.instance())
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(HelpDialog) is not None, timeout=3000)
    dialog = window.findChild(HelpDialog)
    assert dialog.isVisible()
    about = dialog.about.text()
    assert __version__ in about
    assert window.ctx.libs.infos[0].title in about
    assert str(window.ctx.data_folder) in about
    assert dialog.about.textFormat() == Qt.TextFormat.PlainText
    assert dialog.model.rowCount() == len(dialog.entries) > 0
    dialog.close()


def test_library_age_reads_the_build_time() -> None:
    assert library_age("2026-11-20T10:00:00+00:00", dt.date(2026, 11, 30)) == "10 days old"
    assert library_age("2026-11-30T10:00:00+00:00", dt.date(2026, 11, 30)) == "built today"
    assert library_age("not a date") == ""
