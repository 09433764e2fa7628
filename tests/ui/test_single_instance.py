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
    # Killed with -9: its lock is stale, the next window takes it.
    again = _start_gui(library_path, folder)
    try:
        time.sleep(3)
        assert again.poll() is None, again.communicate()
    finally:
        again.kill()
        again.wait(10)
