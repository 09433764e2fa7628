"""The Sync screen's journeys on real packs and feeds (tests/packs fixtures), a real nginx on
loopback and the real main window: check, install, cancel and retry, a stale USB stick, roll
back and remove, a pack installed by another process, and refusals said apart from network
failures. The library screens follow each change without a restart."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.core.drives import mounted_drives
from fieldkit.packs.feed import add_packs, write_root
from fieldkit.packs.install import install_pack, installed_packs
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.readside import library_paths
from fieldkit.packs.signing import SigningKey, sign_envelope
from fieldkit.packs.trust import TrustStore, parse_root
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.library_swap import LibraryState, describe_change
from fieldkit.ui.worker import wait_for_all
from tests.packs.conftest import make_root, packs, pointer_bytes, publisher, stranger  # noqa: F401
from tests.packs.nginx import NGINX, Nginx, free_port, start_nginx
from tests.packs.test_http import _big_source

SOURCE_LIBRARY = Path(__file__).parents[1] / "core" / "fixtures" / "source" / "library"
WAIT = 30_000


def _extra_title() -> str:
    """The record regional version 3 adds (picked as tests/packs/conftest.py picks it)."""
    first = next(SOURCE_LIBRARY.glob("*.txt"))
    return first.read_text("utf-8").splitlines()[1]


def _has_extra(libs) -> bool:
    title = _extra_title()
    return any(h.title == title for h in libs.search(f'"{title}"').hits)


def _versions(home: Path) -> dict[str, int]:
    return {p.id: p.current.version for p in installed_packs(home)}


@pytest.fixture
def home(tmp_path: Path, publisher: SigningKey) -> Path:  # noqa: F811
    folder = tmp_path / "home"
    TrustStore(folder).add(parse_root(make_root(publisher)))
    return folder


@pytest.fixture
def device(home: Path, packs: dict[str, Path]) -> Path:  # noqa: F811
    """A device with regional version 1 installed."""
    install_pack(home, packs["regional-1"])
    return home


def _open(qtbot, home: Path, bundled: Path):
    win = build_window(library_paths(home, bundled)[0], home, bundled=bundled)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    watcher = win.library_watcher
    assert watcher is not None
    qtbot.waitUntil(lambda: watcher.state is not None, timeout=WAIT)
    return win


@pytest.fixture
def gui(qtbot, device: Path, library_path: Path) -> Iterator:
    win = _open(qtbot, device, library_path)
    yield win
    wait_for_all(10_000)
    win.close()
    win.ctx.close()


def _feed(folder: Path, key: SigningKey, files: list[Path], *, days: int = 14) -> Path:
    write_root(folder, [key.public], 1, [key])
    add_packs(folder, files, key, days)
    return folder


def _sync_screen(win, source: str):
    win.show_view("sync")
    screen = win.views["sync"]
    screen.source.setText(source)
    screen.source.textEdited.emit(source)
    return screen


def _idle(win) -> bool:
    return wait_for_all(20) and win.library_watcher.is_idle()


@pytest.fixture(scope="module")
def nginx(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey,  # noqa: F811
          packs: dict[str, Path]) -> Iterator[Nginx]:  # noqa: F811
    if NGINX is None:
        pytest.skip("nginx is not installed")
    base = tmp_path_factory.mktemp("sync-gui-http")
    feed = _feed(base / "www", publisher, [packs["regional-3"]])
    # a second feed inside it with a pack big enough (~170 KB) to cancel mid-download at 2 KB/s
    big = create_pack(_big_source(base / "big-src"), publisher, "big", 1, base / "big.fkpack")
    assert big.content.length > 100_000
    _feed(feed / "big", publisher, [base / "big.fkpack"])
    server = start_nginx(feed, base / "nginx")
    yield server
    server.stop()


def test_check_then_install_over_http_and_the_library_follows(qtbot, gui, device, nginx) -> None:
    title = _extra_title()
    assert not _has_extra(gui.ctx.libs)
    libs_before = weakref.ref(gui.ctx.libs)
    screen = _sync_screen(gui, nginx.url("feed"))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.updates.rowCount() == 1, timeout=WAIT)
    assert screen.updates.data(screen.updates.index(0, 2)) == "1 → 3"
    size = screen.updates.data(screen.updates.index(0, 3))
    assert size.endswith(("kB", "KB", "MB", "bytes")), size
    assert "1 update available" in screen.summary.text()
    assert _versions(device) == {"regional": 1}  # nothing installed until asked

    qtbot.mouseClick(screen.install_button, _left())
    qtbot.waitUntil(lambda: "updated from version 1 to version 3" in screen.result.text(),
                    timeout=WAIT)
    assert _versions(device) == {"regional": 3}
    qtbot.waitUntil(lambda: gui.ctx.libs is not libs_before(), timeout=WAIT)
    qtbot.waitUntil(lambda: _idle(gui), timeout=WAIT)
    said = gui.statusBar().currentMessage()
    assert "updated to version 3" in said and "1 record added" in said, said
    assert _has_extra(gui.ctx.libs)
    # the Library screen shows the new record without a restart
    gui.show_view("library")
    library = gui.views["library"]
    library.query.setText(title)
    qtbot.waitUntil(lambda: any(library.model.index(r).data() == title
                                for r in range(library.model.rowCount())), timeout=WAIT)
    # the old set is closed once nothing holds it
    qtbot.waitUntil(lambda: (gc.collect(), not any(f.alive for f in gui.ctx.retired))[1],
                    timeout=WAIT)
    # the source is remembered, and the update notice finds nothing more to offer
    assert gui.ctx.user.setting("sync_sources") == [nginx.url("feed")]


def test_cancel_mid_download_leaves_the_version_and_a_retry_resumes(qtbot, gui, device,
                                                                      nginx) -> None:
    before = pointer_bytes(device)
    screen = _sync_screen(gui, nginx.url("slow") + "big/")  # nginx sends 2 KB/s here
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.install_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(screen.install_button, _left())
    qtbot.waitUntil(lambda: screen.progress_label.text().startswith("Downloading"),
                    timeout=WAIT)
    assert " of " in screen.progress_label.text()  # bytes so far of the whole
    assert screen.cancel_button.isEnabled()
    qtbot.mouseClick(screen.cancel_button, _left())
    qtbot.waitUntil(lambda: screen.result.text() == "Cancelled: nothing was changed.",
                    timeout=WAIT)
    assert pointer_bytes(device) == before
    assert _versions(device) == {"regional": 1}
    assert screen.check_button.isEnabled() and not screen.cancel_button.isEnabled()
    parts = list((device / "packs" / ".incoming").glob("*.part"))
    assert parts and parts[0].stat().st_size > 0  # kept for the retry
    kept = parts[0].stat().st_size

    # the retry (a fast mirror of the same feed) resumes where the cut left off
    screen.source.setText(nginx.url("feed") + "big/")
    screen.source.textEdited.emit(nginx.url("feed") + "big/")
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.install_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(screen.install_button, _left())
    qtbot.waitUntil(lambda: "installed version 1" in screen.result.text(), timeout=WAIT)
    assert _versions(device) == {"regional": 1, "big": 1}
    ranged = [row for row in nginx.log() if row[0].startswith("/feed/big/") and row[3] != "-"]
    assert ranged, "the retry did not ask for the rest of the file"
    length = (nginx.root / "big" / "packs" / "big-1.fkpack").stat().st_size
    assert ranged[0][2] == length - kept  # only the bytes the cut left were fetched again


def test_a_stale_usb_stick_asks_with_its_date_then_installs(qtbot, gui, device, packs,  # noqa: F811
                                                           publisher, tmp_path) -> None:  # noqa: F811
    stick = _feed(tmp_path / "stick", publisher, [packs["regional-2"]], days=0)
    screen = _sync_screen(gui, str(stick))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.confirm_box is not None, timeout=WAIT)
    box = screen.confirm_box
    assert "content as of 20" in box.text()
    assert screen.updates.rowCount() == 0 and _versions(device) == {"regional": 1}
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), _left())
    qtbot.waitUntil(lambda: screen.updates.rowCount() == 1, timeout=WAIT)
    qtbot.mouseClick(screen.install_button, _left())
    qtbot.waitUntil(lambda: "to version 2" in screen.result.text(), timeout=WAIT)
    assert "content as of" in screen.result.text()
    assert _versions(device) == {"regional": 2}


def test_saying_no_to_a_stale_stick_changes_nothing(qtbot, gui, device, packs,  # noqa: F811
                                                    publisher, tmp_path) -> None:  # noqa: F811
    stick = _feed(tmp_path / "stick", publisher, [packs["regional-2"]], days=0)
    before = pointer_bytes(device)
    screen = _sync_screen(gui, str(stick))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.confirm_box is not None, timeout=WAIT)
    qtbot.mouseClick(screen.confirm_box.button(QMessageBox.StandardButton.No), _left())
    qtbot.waitUntil(lambda: screen.result.text().startswith("Nothing was changed"),
                    timeout=WAIT)
    assert pointer_bytes(device) == before and not screen.install_button.isEnabled()


def test_roll_back_and_remove_from_the_installed_list(qtbot, gui, device, packs) -> None:  # noqa: F811
    install_pack(device, packs["regional-2"])  # (the watcher swaps this in too)
    screen = _sync_screen(gui, "")
    qtbot.waitUntil(lambda: _idle(gui) and screen.packs.installed.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: screen.packs.installed.data(screen.packs.installed.index(0, 2)) == "2",
                    timeout=WAIT)
    assert screen.packs.installed.data(screen.packs.installed.index(0, 4)) == "today"
    screen.packs.installed_view.selectRow(0)
    assert screen.packs.rollback_button.isEnabled()
    qtbot.mouseClick(screen.packs.rollback_button, _left())
    qtbot.waitUntil(lambda: "back at version 1" in screen.result.text(), timeout=WAIT)
    assert _versions(device) == {"regional": 1}
    qtbot.waitUntil(lambda: "rolled back to version 1" in gui.statusBar().currentMessage(),
                    timeout=WAIT)

    pack_db = next(p for p in gui.ctx.library_paths if "regional" in str(p))
    screen.packs.installed_view.selectRow(0)
    qtbot.mouseClick(screen.packs.remove_button, _left())
    qtbot.waitUntil(lambda: screen.packs.confirm_box is not None, timeout=WAIT)
    box = screen.packs.confirm_box
    assert "Your own runs, notes and worksheets are kept" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, _left())
    qtbot.waitUntil(lambda: "was removed" in screen.result.text(), timeout=WAIT)
    assert _versions(device) == {}
    qtbot.waitUntil(lambda: pack_db not in gui.ctx.library_paths, timeout=WAIT)
    qtbot.waitUntil(lambda: screen.packs.none_installed.isVisibleTo(screen), timeout=WAIT)


def test_a_pack_installed_by_another_process_is_picked_up(qtbot, gui, device, packs) -> None:  # noqa: F811
    assert not _has_extra(gui.ctx.libs)
    done = subprocess.run([sys.executable, "-m", "fieldkit", "pack", "install",
                           str(packs["regional-3"]), "--data-dir", str(device)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "updated to version 3" in gui.statusBar().currentMessage(),
                    timeout=WAIT)
    assert _has_extra(gui.ctx.libs)
    home = gui.views["home"]
    assert "Regional" in home.lib_version.text() or home.lib_version.text()


def test_a_bad_signature_is_said_apart_from_a_network_failure(qtbot, gui, device, packs,  # noqa: F811
                                                             publisher, stranger,  # noqa: F811
                                                             tmp_path) -> None:
    forged = _feed(tmp_path / "forged", publisher, [packs["regional-3"]])
    index = forged / "index.json"  # signed again by a key the root does not name
    index.write_text(json.dumps(sign_envelope(json.loads(index.read_text())["signed"],
                                              [stranger])))
    screen = _sync_screen(gui, str(forged))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.result.text().startswith("Refused"), timeout=WAIT)
    refused = screen.result.text()
    assert "not signed by a publisher this device trusts" in refused

    dead = f"http://127.0.0.1:{free_port()}/feed/"  # nothing listens there
    screen.source.setText(dead)
    screen.source.textEdited.emit(dead)
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.result.text().startswith("Could not reach"), timeout=60_000)
    assert "try again later" in screen.result.text()
    assert _versions(device) == {"regional": 1}


def test_the_update_notice_names_updates_and_their_size(qtbot, gui, device, packs,  # noqa: F811
                                                        publisher, tmp_path) -> None:  # noqa: F811
    from fieldkit.core.sync_prefs import remember_source

    stick = _feed(tmp_path / "stick", publisher, [packs["regional-3"]])
    remember_source(gui.ctx.user, str(tmp_path / "unplugged"))
    remember_source(gui.ctx.user, str(stick))
    gui.look_for_updates()
    home = gui.views["home"]
    qtbot.waitUntil(lambda: home.update_panel.isVisibleTo(home), timeout=WAIT)
    assert home.update_label.text().startswith("1 update available (")
    assert _versions(device) == {"regional": 1}  # nothing installs until asked
    qtbot.mouseClick(home.update_button, _left())
    screen = gui.views["sync"]
    assert gui.current_view() is screen and screen.source.text() == str(stick)
    qtbot.waitUntil(lambda: screen.updates.rowCount() == 1, timeout=WAIT)


def test_drives_plugged_in_are_offered(qtbot, gui, tmp_path) -> None:
    media = tmp_path / "media"
    (media / "TEAM STICK").mkdir(parents=True)
    assert [d.name for d in mounted_drives([media], require_mount=False)] == ["TEAM STICK"]
    screen = gui.views["sync"]
    screen.drive_roots = [media]
    gui.show_view("sync")
    qtbot.waitUntil(lambda: screen.drive_buttons.count() == 1, timeout=WAIT)
    button = screen.drive_buttons.itemAt(0).widget()
    assert button.text() == "TEAM STICK"
    qtbot.mouseClick(button, _left())
    assert screen.source.text() == str(media / "TEAM STICK")
    qtbot.waitUntil(lambda: screen.result.text() != "" and screen.check_button.isEnabled(),
                    timeout=WAIT)


def test_what_changed_is_said_in_words() -> None:
    before = LibraryState(b"1", {"regional": (1, "Regional"), "old": (2, "Old pack")}, 10)
    after = LibraryState(b"2", {"regional": (3, "Regional"), "new": (1, "New pack")}, 22)
    assert describe_change(before, after) == (
        "Library updated: New pack installed (version 1); Regional updated to version 3; "
        "Old pack removed; 12 records added.")
    assert describe_change(after, after) == "Library reloaded."


def test_screenshots_of_the_sync_screen(qtbot, gui, device, nginx, tmp_path) -> None:
    """Renders the screen in its states (for a person to look at) at 1280x800 and 1024x600."""
    out = Path(tmp_path / "shots")
    out.mkdir()
    screen = _sync_screen(gui, nginx.url("feed"))
    gui.grab().save(str(out / "sync-empty.png"))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.updates.rowCount() == 1, timeout=WAIT)
    gui.grab().save(str(out / "sync-checked.png"))
    gui.resize(1024, 600)
    settle(QApplication.instance())
    need = gui.minimumSizeHint()
    assert need.width() <= 1024 and need.height() <= 600, need
    gui.grab().save(str(out / "sync-small.png"))
    assert all((out / n).stat().st_size > 0 for n in ("sync-empty.png", "sync-checked.png"))


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_sync_screen_is_in_the_navigation_with_a_described_key(window) -> None:
    from PySide6.QtGui import QKeySequence

    from fieldkit.ui.help import collect_shortcuts

    key = QKeySequence("Alt+7").toString(QKeySequence.SequenceFormat.NativeText)
    assert any(e.keys == key and e.action == "Sync" for e in collect_shortcuts(window))
    action = window._nav_actions["sync"]
    assert action.whatsThis() == "Go to the Sync screen"
    action.trigger()
    assert window.current_view().name == "sync"


def test_a_damaged_pack_is_named_and_the_others_keep_working(qtbot, gui, device,
                                                            packs) -> None:  # noqa: F811
    libs = gui.ctx.libs
    run = gui.ctx.user.runs.start(libs.checklist("clinic-visit"), "Before the swap",
                                  libs.infos[0])
    regional = next(p for p in gui.ctx.library_paths if "regional" in str(p))
    regional.write_bytes(b"\xa5" * regional.stat().st_size)  # the disk ate it
    install_pack(device, packs["core-1"])  # another pack arrives: the set is read again
    qtbot.waitUntil(lambda: "test-core" in {i.id for i in gui.ctx.libs.infos}, timeout=WAIT)
    qtbot.waitUntil(lambda: gui.banner.isVisibleTo(gui), timeout=WAIT)
    assert "pack regional version 1 is damaged" in gui.banner.text()
    assert regional not in gui.ctx.library_paths
    assert gui.ctx.libs.search("checkpoint").hits  # the others still answer
    # the run started on the old set keeps its own copy of its checklist
    kept = gui.ctx.user.runs.get(run.id)
    assert kept.items and gui.ctx.user.runs.tick(run.id, kept.items[0].id, True) is not None
