"""How the core tells that a FieldKit window has a data folder: a held lock on gui.lock (what
Qt's QLockFile holds while the window lives), never a process id alone."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from fieldkit.core.paths import gui_lock_path
from fieldkit.core.window_lock import window_pid

HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
os.write(fd, sys.argv[2].encode())
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(60)
"""


@contextmanager
def _held(lock: Path, text: str | None = None) -> Iterator[subprocess.Popen[str]]:
    """Another process holding `lock` as a window would, writing `text` (default: its pid,
    its name and this host, as QLockFile writes them)."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock), text or ""],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "held\n"
        if text is None:
            lock.write_text(f"{proc.pid}\nfieldkit\n{socket.gethostname()}\n", "utf-8")
        yield proc
    finally:
        proc.kill()
        proc.wait()


def test_a_held_lock_is_a_window_and_a_stale_one_is_not(tmp_path: Path) -> None:
    lock = gui_lock_path(tmp_path)
    with _held(lock) as window:
        assert window_pid(tmp_path) == window.pid
    assert lock.exists() and window_pid(tmp_path) is None  # left by a crash: no lock held
    # a live process's id in a file nobody holds (the id reused since): no window either
    lock.write_text(f"{os.getppid()}\nfieldkit\n{socket.gethostname()}\n", "utf-8")
    assert window_pid(tmp_path) is None


def test_this_process_is_its_own_window_only_on_this_machine(tmp_path: Path) -> None:
    lock = gui_lock_path(tmp_path)
    me = os.getpid()
    with _held(lock, f"{me}\nfieldkit\n{socket.gethostname()}\n"):
        assert window_pid(tmp_path) is None
    # a window on another machine sharing the folder, with the same process id as this one
    with _held(lock, f"{me}\nfieldkit\nanother-{socket.gethostname()}\n"):
        assert window_pid(tmp_path) == me


def test_without_flock_the_check_never_signals_the_process(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no flock (Windows) the check opens the file to write instead: on Windows
    os.kill(pid, 0) sends a console Ctrl+C, so it must never be called."""
    lock = gui_lock_path(tmp_path)
    lock.parent.mkdir(parents=True)
    lock.write_text(f"{os.getppid()}\nfieldkit\n{socket.gethostname()}\n", "utf-8")
    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` fails, as on Windows

    def no_kill(*_args: object) -> None:
        raise AssertionError("os.kill was called")

    monkeypatch.setattr(os, "kill", no_kill)
    assert window_pid(tmp_path) is None  # writable here: nobody keeps it from us
