"""Whether a FieldKit window has a data folder open.

The window takes DATA/.private/gui.lock with Qt's QLockFile, which writes the window's process
id first and, on Unix, holds a flock on the file while the window lives. So a lock file left by
a crash (no flock held), or one whose process id now belongs to another program, is no window.
No Qt here: the CLI and the core ask too.
"""

from __future__ import annotations

import os
from pathlib import Path

from fieldkit.core.paths import gui_lock_path


def window_pid(folder: Path) -> int | None:
    """The process id of another live FieldKit window on `folder`, or None (none, or this
    process's own window)."""
    path = gui_lock_path(Path(folder))
    try:
        pid = int(path.read_text("utf-8").split()[0])
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None
    if pid == os.getpid():
        return None
    held = _flock_held(path)
    if held is None:  # no flock here (Windows): the process id alone
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid
    return pid if held else None


def _flock_held(path: Path) -> bool | None:
    """Whether some process holds a flock on `path`; None where there is no flock. Probing
    through a descriptor of its own never drops another one's lock (flock locks belong to the
    open file, not to the process)."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
