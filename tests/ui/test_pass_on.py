"""The Sync screen's "Pass it on" section on real packs: copy the installed updates to a folder
(a USB stick) and a second data folder syncs the same packs from it with `fieldkit sync`
(a real subprocess); share on the network, a second data folder syncs over HTTP from the
address shown, Stop stops it; the CA certificate setting makes an organisation's own HTTPS
feed (nginx with a self-signed CA) work from the screen."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QScrollArea

from fieldkit.core.drives import Drive
from fieldkit.packs.install import installed_packs
from fieldkit.packs.signing import SigningKey
from fieldkit.packs.sources import FolderSource
from fieldkit.packs.sync import sync_source
from fieldkit.packs.trust import TrustStore, parse_root
from fieldkit.ui.worker import run_op, wait_for_all
from tests.packs.conftest import make_root, packs, publisher, stranger  # noqa: F401
from tests.packs.nginx import NGINX, start_nginx
from tests.packs.test_tls import make_ca_and_server_cert
from tests.ui.test_sync_screen import WAIT, _feed, _left, _open, _sync_screen

PACK_IDS = {"regional": 3}


def _versions(home: Path) -> dict[str, int]:
    return {p.id: p.current.version for p in installed_packs(home)}


def _digests(home: Path) -> dict[str, tuple[int, str]]:
    return {p.id: (p.current.version, p.current.digest) for p in installed_packs(home)}


def _trusting(folder: Path, key: SigningKey) -> Path:
    TrustStore(folder).add(parse_root(make_root(key)))
    return folder


@pytest.fixture
def synced(tmp_path: Path, publisher: SigningKey, packs: dict[str, Path]) -> Path:  # noqa: F811
    """A device that synced regional version 3 from a feed (so it holds the signed index)."""
    feed = _feed(tmp_path / "feed", publisher, [packs["regional-3"]])
    home = _trusting(tmp_path / "home", publisher)
    sync_source(home, FolderSource(feed), take_all=True)
    assert _versions(home) == PACK_IDS
    return home


@pytest.fixture
def gui(qtbot, synced: Path, library_path: Path) -> Iterator:
    win = _open(qtbot, synced, library_path)
    yield win
    wait_for_all(10_000)
    win.close()
    win.ctx.close()


def _cli_sync(source: str, home: Path, library_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "FIELDKIT_LIBRARY": str(library_path)}
    return subprocess.run([sys.executable, "-m", "fieldkit", "sync", source, "--all",
                           "--data-dir", str(home)], capture_output=True, text=True,
                          timeout=120, env=env)


def test_copy_to_a_drive_then_another_laptop_syncs_from_it(qtbot, gui, synced, publisher,  # noqa: F811
                                                           library_path, tmp_path) -> None:
    screen = gui.views["sync"]
    gui.show_view("sync")
    panel = screen.pass_on
    stick = tmp_path / "media" / "TEAM STICK"
    stick.mkdir(parents=True)
    panel.drives = [Drive("TEAM STICK", stick)]
    panel._fill_copy_menu()  # the drive list the screen found, then "Another folder…"
    names = [a.text() for a in panel.copy_menu.actions() if not a.isSeparator()]
    assert names == ["TEAM STICK", "Another folder…"]
    panel.copy_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: not panel.is_copying, timeout=WAIT)
    said = panel.copy_result.text()
    assert said.startswith(f"\u200eCopied 1 update to \u2066{stick}\u2069:"), said
    assert "regional version 3" in said and "open Sync and choose this drive" in said
    assert panel.copy_button.isEnabled() and not panel.copy_cancel.isEnabled()

    second = _trusting(tmp_path / "second", publisher)
    done = _cli_sync(str(stick), second, library_path)
    assert done.returncode == 0, done.stderr
    assert _digests(second) == _digests(synced)


def test_a_cancelled_copy_writes_nothing_and_says_so(qtbot, gui, tmp_path) -> None:
    panel = gui.views["sync"].pass_on
    stick = tmp_path / "stick"
    gate = threading.Event()
    run_op(lambda: gate.wait(30), queue="sync")  # an install still running: the copy waits
    panel.copy_to(stick)
    assert panel.is_copying and panel.copy_cancel.isEnabled()
    qtbot.mouseClick(panel.copy_cancel, _left())
    gate.set()
    qtbot.waitUntil(lambda: not panel.is_copying, timeout=WAIT)
    assert panel.copy_result.text().startswith("Copy cancelled.")
    assert not (stick / "index.json").exists()
    assert panel.copy_button.isEnabled()


def test_a_cancel_that_comes_after_the_work_ended_is_still_heard(qtbot) -> None:
    """The worker calls on_cancelled even when the cancel lands after the task finished but
    before its result reached the GUI thread (a screen would otherwise stay busy)."""
    heard: list[str] = []
    ran = threading.Event()
    op = run_op(lambda: ran.set(), on_done=lambda _r: heard.append("done"),
                on_cancelled=lambda: heard.append("cancelled"), queue="late-cancel")
    assert ran.wait(10)
    wait_for_all(5000)
    op.cancel()  # the result is queued for the GUI thread, not delivered yet
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT)
    assert heard == ["cancelled"]


def test_share_then_a_laptop_syncs_from_the_address_shown_and_stop_stops_it(
        qtbot, gui, synced, publisher, library_path, tmp_path) -> None:  # noqa: F811
    gui.show_view("sync")
    panel = gui.views["sync"].pass_on
    panel.share_host, panel.share_port = "127.0.0.1", 0
    assert not panel.address.isVisibleTo(panel)  # opt-in: nothing is shared yet
    assert [panel.minutes.itemData(i) for i in range(panel.minutes.count())] == [15, 30, 60]
    panel.minutes.setCurrentIndex(0)
    qtbot.mouseClick(panel.share_toggle, _left())
    qtbot.waitUntil(lambda: panel.share is not None, timeout=WAIT)
    address = panel.address.text()
    assert address.startswith("http://127.0.0.1:") and address.endswith("/")
    assert panel.address.isVisibleTo(panel) and panel.stop_button.isVisibleTo(panel)
    assert not panel.minutes.isEnabled()
    qtbot.waitUntil(lambda: panel.countdown.text().startswith("Stops by itself in 1"),
                    timeout=WAIT)  # 15 minutes: 14:59 or 15:00

    second = _trusting(tmp_path / "second", publisher)
    done = _cli_sync(address, second, library_path)
    assert done.returncode == 0, done.stderr
    assert _digests(second) == _digests(synced)

    share = panel.share
    qtbot.mouseClick(panel.stop_button, _left())
    assert not panel.share_toggle.isChecked() and not panel.address.isVisibleTo(panel)
    qtbot.waitUntil(lambda: not share.is_running, timeout=WAIT)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(address + "index.json", timeout=5)


def test_closing_the_app_stops_the_share(qtbot, synced, library_path) -> None:
    win = _open(qtbot, synced, library_path)
    panel = win.views["sync"].pass_on
    panel.share_host, panel.share_port = "127.0.0.1", 0
    panel.share_toggle.setChecked(True)
    qtbot.waitUntil(lambda: panel.share is not None, timeout=WAIT)
    share, address = panel.share, panel.address.text()
    assert urllib.request.urlopen(address + "index.json", timeout=5).status == 200
    win.close()
    win.ctx.close()
    assert not share.is_running
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(address + "index.json", timeout=5)


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
def test_the_ca_certificate_setting_makes_an_own_https_feed_work(
        qtbot, gui, synced, publisher, packs, tmp_path, monkeypatch) -> None:  # noqa: F811
    from fieldkit.core.sync_prefs import ca_file
    from fieldkit.packs.fetch import CA_FILE_ENV

    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    # the device has regional 3; the HTTPS feed offers a pack it does not have yet
    www = _feed(tmp_path / "www", publisher, [packs["core-1"]])
    certs = make_ca_and_server_cert(tmp_path)
    server = start_nginx(www, tmp_path / "nginx", tls=(certs["cert"], certs["key"]))
    try:
        screen = _sync_screen(gui, server.url("feed"))
        qtbot.mouseClick(screen.check_button, _left())
        qtbot.waitUntil(lambda: screen.result.text().startswith("The secure connection to"),
                        timeout=60_000)
        said = screen.result.text()  # the GUI's way to trust it, not the CLI's
        assert "not one this laptop trusts" in said and "CA certificate setting" in said
        assert "--ca-file" not in said and CA_FILE_ENV not in said

        screen.ca_file.setText(str(certs["ca"]))
        screen.ca_file.editingFinished.emit()
        qtbot.mouseClick(screen.check_button, _left())
        qtbot.waitUntil(lambda: screen.updates.rowCount() == 1, timeout=WAIT)
        qtbot.mouseClick(screen.install_button, _left())  # the install uses it too
        qtbot.waitUntil(lambda: "test-core" in _versions(synced), timeout=WAIT)
        qtbot.waitUntil(lambda: screen.summary.text() == "Done.", timeout=WAIT)
        wait_for_all(10_000)
        assert ca_file(gui.ctx.user) == str(certs["ca"])  # kept for the next start
    finally:
        server.stop()


def test_sizes_follow_the_locale() -> None:
    from fieldkit.ui.models.packs import format_size

    assert format_size(1_234_567).startswith("1.2 ")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert format_size(1_234_567).startswith("1,2")  # the French decimal comma
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_screenshots_of_pass_it_on(qtbot, synced, library_path, tmp_path, language) -> None:
    """The section while a copy has ended and a share runs, in English and in Arabic (right to
    left, with the address still reading left to right), for a person to look at; saved to
    $FIELDKIT_SHOTS too when set."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fieldkit.packs.readside import library_paths
    from fieldkit.ui import i18n
    from fieldkit.ui.app import build_window, settle
    from fieldkit.ui.i18n_check import release

    release()
    win = build_window(library_paths(synced, library_path)[0], synced, bundled=library_path,
                       language=language)
    qtbot.addWidget(win)
    try:
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.show_view("sync")
        panel = win.views["sync"].pass_on
        panel.share_host, panel.share_port = "127.0.0.1", 0
        panel.copy_to(tmp_path / "stick")
        qtbot.waitUntil(lambda: not panel.is_copying, timeout=WAIT)
        panel.share_toggle.setChecked(True)
        qtbot.waitUntil(lambda: panel.share is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: panel.countdown.text() != "", timeout=WAIT)
        settle(QApplication.instance())
        assert panel.address.layoutDirection() == Qt.LayoutDirection.LeftToRight
        if language == "ar":
            assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert "Sharing" not in panel.share_hint.text()
            assert "Copied" not in panel.copy_result.text()
        out = Path(os.environ.get("FIELDKIT_SHOTS", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        assert panel.grab().save(str(out / f"pass-on-{language}.png"))
        scroll = win.views["sync"].findChildren(QScrollArea)
        if scroll:
            scroll[0].ensureWidgetVisible(panel)
            settle(QApplication.instance())
        assert win.grab().save(str(out / f"sync-pass-on-{language}.png"))
    finally:
        panel.stop_now()
        wait_for_all(10_000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_locking_while_a_share_starts_leaves_nothing_shared(qtbot, gui) -> None:
    """The lock destroys the panel while the share is still starting: the start must not go on
    serving unseen (its result has nowhere to go)."""
    gui.show_view("sync")
    panel = gui.views["sync"].pass_on
    port = _free_port()
    panel.share_host, panel.share_port = "127.0.0.1", port
    gate = threading.Event()
    run_op(lambda: gate.wait(30), queue="share")  # the start waits behind this
    qtbot.mouseClick(panel.share_toggle, _left())
    assert panel.share_hint.text() == "Starting…"
    gui.locker.lock()
    gate.set()
    assert wait_for_all(20_000)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/index.json", timeout=5)


def test_locking_during_a_copy_cancels_it(qtbot, gui, tmp_path) -> None:
    gui.show_view("sync")
    panel = gui.views["sync"].pass_on
    stick = tmp_path / "stick"
    gate = threading.Event()
    run_op(lambda: gate.wait(30), queue="sync")  # an install still running: the copy waits
    panel.copy_to(stick)
    assert panel.is_copying
    gui.locker.lock()
    gate.set()
    assert wait_for_all(20_000)
    assert not (stick / "index.json").exists()  # cancelled: nothing copied


def test_check_and_install_wait_while_a_copy_runs(qtbot, gui, tmp_path) -> None:
    gui.show_view("sync")
    screen = gui.views["sync"]
    panel = screen.pass_on
    assert screen.check_button.isEnabled()
    gate = threading.Event()
    run_op(lambda: gate.wait(30), queue="sync")
    panel.copy_to(tmp_path / "stick")
    assert not screen.check_button.isEnabled() and not screen.install_button.isEnabled()
    assert not screen.source.isEnabled() and not screen.cancel_button.isEnabled()
    screen.check()  # held: nothing starts
    assert screen._op is None
    gate.set()
    qtbot.waitUntil(lambda: not panel.is_copying, timeout=WAIT)
    assert screen.check_button.isEnabled() and screen.source.isEnabled()


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
def test_the_update_notice_checks_an_own_https_feed_with_the_saved_ca(
        qtbot, gui, synced, publisher, packs, tmp_path, monkeypatch) -> None:  # noqa: F811
    """Home's "updates available" opens Sync and checks at once: with the CA file saved in
    the settings, not only once the field has been filled."""
    from fieldkit.core.sync_prefs import remember_source, set_ca_file
    from fieldkit.packs.fetch import CA_FILE_ENV

    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    www = _feed(tmp_path / "www", publisher, [packs["core-1"]])
    certs = make_ca_and_server_cert(tmp_path)
    server = start_nginx(www, tmp_path / "nginx", tls=(certs["cert"], certs["key"]))
    try:
        set_ca_file(gui.ctx.user, str(certs["ca"]))
        remember_source(gui.ctx.user, server.url("feed"))
        gui.look_for_updates()
        home = gui.views["home"]
        qtbot.waitUntil(lambda: home.update_panel.isVisibleTo(home), timeout=WAIT)
        qtbot.mouseClick(home.update_button, _left())
        screen = gui.views["sync"]
        qtbot.waitUntil(lambda: screen.updates.rowCount() == 1 or (not screen._is_busy()
                        and bool(screen.result.text())), timeout=WAIT)
        assert screen.updates.rowCount() == 1, screen.result.text()
        assert screen.ca_file.text() == str(certs["ca"])
    finally:
        server.stop()


def test_a_bad_ca_file_is_said_as_a_setting_to_fix_not_as_no_network(qtbot, gui,
                                                                      tmp_path) -> None:
    screen = _sync_screen(gui, "https://127.0.0.1:9/feed/")
    gone = tmp_path / "moved" / "org-ca.pem"
    screen.ca_file.setText(str(gone))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: not screen._is_busy() and bool(screen.result.text())
                    and not screen.result.text().startswith("Looking"), timeout=WAIT)
    said = screen.result.text()
    assert said.startswith(f"The CA certificate file {gone} cannot be read"), said
    assert "CA certificate setting" in said and "network" not in said
