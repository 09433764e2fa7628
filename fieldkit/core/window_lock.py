"""Whether a FieldKit window has a data folder open.

The window takes DATA/.private/gui.lock with Qt's QLockFile, which writes the window's process
id first and, on Unix, holds a flock on the file while the window lives. So a lock file left by
a crash (no flock held), or one whose process id now belongs to another program, is no window.
Anything but a regular file there (a link, a FIFO planted in its place) is no window either,
and is never followed or waited on. No Qt here: the CLI and the core ask too.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
from pathlib import Path

from fieldkit.core.paths import gui_lock_path

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def window_pid(folder: Path) -> int | None:
    """The process id of another live FieldKit window on `folder`, or None (none, or this
    process's own window)."""
    path = gui_lock_path(Path(folder))
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        lines = os.read(fd, 512).decode("utf-8").splitlines()
        pid = int(lines[0])
        # this process's own window: its pid, on this machine (QLockFile's third line is the
        # host: a window on another machine sharing the folder may have the same pid)
        if pid == os.getpid() and (len(lines) < 3 or lines[2] == socket.gethostname()):
            return None
        held = _flock_held(fd)
    except (OSError, ValueError, IndexError):  # UnicodeDecodeError is a ValueError
        return None
    finally:
        os.close(fd)
    if held is None:
        held = _opened_elsewhere(path)
    return pid if held else None


def _flock_held(fd: int) -> bool | None:
    """Whether some process holds a flock on the file open as `fd`; None where there is no
    flock (Windows). A descriptor of our own never drops another one's lock (flock locks
    belong to the open file, not to the process)."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def _opened_elsewhere(path: Path) -> bool:
    """Windows: QLockFile keeps the file open sharing it for reading only, so opening it to
    write fails while the window lives. (Never `os.kill(pid, 0)`: on Windows that sends a
    console Ctrl+C, and says nothing of whether the process lives.)"""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        return True
    except OSError:
        return False
    os.close(fd)
    return False
