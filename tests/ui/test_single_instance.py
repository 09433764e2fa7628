"""One window per data folder (issue 8 item 1): a second `fieldkit` on the same folder hands
over to the first window and exits 0; the command line keeps working beside the window; a
window killed with -9 does not lock the folder for ever."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from fieldkit.core.paths import gui_lock_path
from fieldkit.core.window_lock import window_pid


def _start_gui(library: Path, folder: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "fieldkit", "--library", str(library),
                             "--data-dir", str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _fieldkit(library: Path, folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "fieldkit", "--library", str(library),
                           "--data-dir", str(folder), *args], capture_output=True, text=True,
                          env=env, timeout=60)


def _wait_for_lock(folder: Path, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not gui_lock_path(folder).exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end, "the window never took its folder's lock"
        time.sleep(0.05)
    time.sleep(0.5)  # the hand-over socket listens right after the lock is taken


def test_a_second_window_hands_over_and_the_cli_keeps_working(library_path: Path,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "Team #2"
    first = _start_gui(library_path, folder)
    try:
        _wait_for_lock(folder, first)
        second = _fieldkit(library_path, folder)  # no command: the desktop app
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout and len(second.stdout.splitlines()) == 1
        assert first.poll() is None
        runs = _fieldkit(library_path, folder, "runs")
        assert runs.returncode == 0, runs.stderr
        # what the core sees of it (the terminal takes no passphrase beside a window, backups
        # are not restored under one): the window's own process, through its held lock file
        assert window_pid(folder) == first.pid
        other = tmp_path / "other"  # another folder is another window
        third = _start_gui(library_path, other)
        try:
            _wait_for_lock(other, third)
            assert third.poll() is None
        finally:
            third.kill()
            third.wait(10)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    # Killed with -9: its lock is stale (the file names a dead process, no flock held on it),
    # the next window takes it.
    assert gui_lock_path(folder).exists() and window_pid(folder) is None
    again = _start_gui(library_path, folder)
    try:
        time.sleep(3)
        assert again.poll() is None, again.communicate()
    finally:
        again.kill()
        again.wait(10)


KNOCK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from fieldkit.ui.single_instance import hand_over
app = QCoreApplication([])
print("knocking", flush=True)
sys.exit(0 if hand_over(Path(sys.argv[1]), timeout_ms=10000) else 3)
"""


def test_a_second_start_knocks_until_the_first_window_listens(qtbot, tmp_path: Path) -> None:
    """The window listens only once it has painted; a second start in between keeps knocking
    and is answered then, instead of calling the first window unresponsive."""
    from fieldkit.ui.single_instance import SingleInstance

    folder = tmp_path / "data"
    guard = SingleInstance(folder)
    assert guard.acquire()
    raised: list[bool] = []
    guard.raise_requested.connect(lambda: raised.append(True))
    knock = subprocess.Popen([sys.executable, "-c", KNOCK, str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert knock.stdout.readline().strip() == "knocking"
        qtbot.wait(400)  # nobody listens yet: it must still be knocking
        assert knock.poll() is None
        guard.listen()
        qtbot.waitUntil(lambda: knock.poll() is not None, timeout=15000)
        assert knock.returncode == 0, knock.stderr.read()
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    finally:
        if knock.poll() is None:
            knock.kill()
        knock.wait(10)
        guard.release()
