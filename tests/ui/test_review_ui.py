"""UI findings of the review: the live library swap after a locked start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldkit.core import vault
from fieldkit.core.userdata import UserData
from fieldkit.packs.install import install_pack
from fieldkit.packs.readside import library_paths
from fieldkit.packs.trust import TrustStore, parse_root
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.worker import wait_for_all
from tests.packs.conftest import make_root, packs, publisher, stranger  # noqa: F401

PASS = "correct horse battery"


def test_with_a_passphrase_the_library_still_follows_installs(qtbot, tmp_path: Path,
                                                              publisher, packs,  # noqa: F811
                                                              library_path: Path) -> None:
    """context_ready returns early when the app starts locked, before it makes the
    LibraryWatcher; leave_lock_screen never makes it: with a passphrase set, a pack installed
    from the Sync screen (or the CLI) is never swapped in until a restart."""
    home = tmp_path / "home"
    TrustStore(home).add(parse_root(make_root(publisher)))
    install_pack(home, packs["regional-1"])
    UserData(home).close()
    vault.set_passphrase(home, PASS).forget()
    win = build_window(library_paths(home, library_path)[0], home, bundled=library_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.locker.is_locked
    win.locker.screen.passphrase.setText(PASS)
    QTest.keyClick(win.locker.screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.locker.is_locked, timeout=15000)
    settle(QApplication.instance())
    try:
        assert win.library_watcher is not None
    finally:
        wait_for_all(10_000)
        win.close()
        win.ctx.close()
