"""The last-resort log: a failure nobody foresaw is written here in full (the person sees one
line), in `DATA/logs/fieldkit.log`, or in the temp folder when the data folder cannot be written.

Stdlib only, so the net is there before anything heavy loads; never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from pathlib import Path

LOG_NAME = "fieldkit.log"
# Small and rotated once: the newest failures matter, and the log must never fill a USB stick.
MAX_LOG_BYTES = 256 * 1024


def log_folders(data_folder: Path | None) -> list[Path]:
    """Where to try to write, in order: the data folder's `logs/`, then the temp folder."""
    folders = [Path(data_folder) / "logs"] if data_folder is not None else []
    return [*folders, Path(tempfile.gettempdir()) / f"fieldkit-logs-{_user_tag()}"]


def _user_tag() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid else "user"


def record_crash(exc: BaseException, data_folder: Path | None, context: str = "") -> Path | None:
    """Append `exc`'s traceback to the log; returns the log's path, or None if nowhere could be
    written (the caller still prints its one line)."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    text = (f"--- {stamp} pid {os.getpid()} {context}\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    for folder in log_folders(data_folder):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not _is_own(folder):  # a shared temp folder: someone else's folder of that name
                continue
            path = folder / LOG_NAME
            _rotate(path)
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT
                         | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0), 0o600)
            try:
                os.write(fd, text.encode("utf-8", "backslashreplace"))
            finally:
                os.close(fd)
            return path
        except OSError:
            continue
    return None


def _is_own(folder: Path) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or os.lstat(folder).st_uid == getuid()


def _rotate(path: Path) -> None:
    try:
        if os.lstat(path).st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
    except FileNotFoundError:
        pass
