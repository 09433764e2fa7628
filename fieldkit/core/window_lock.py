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
import stat
from pathlib import Path

from fieldkit.core.paths import gui_lock_path

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def window_pid(folder: Path) -> int | None:
    """The process id of another live FieldKit window on `folder`, or None (none, or this
    process's own window)."""
    try:
        fd = os.open(gui_lock_path(Path(folder)), _OPEN_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        pid = int(os.read(fd, 64).decode("utf-8").split()[0])
        if pid == os.getpid():
            return None
        held = _flock_held(fd)
    except (OSError, ValueError, IndexError):  # UnicodeDecodeError is a ValueError
        return None
    finally:
        os.close(fd)
    if held is None:  # no flock here (Windows): the process id alone
        try:
            os.kill(pid, 0)
        except OSError:
            return None
    elif not held:
        return None
    return pid


def _flock_held(fd: int) -> bool | None:
    """Whether some process holds a flock on the file open as `fd`; None where there is no
    flock. A descriptor of our own never drops another one's lock (flock locks belong to the
    open file, not to the process)."""
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
