"""Choosing another folder for the user's data (Settings): copy, then point to it.

Never deletes or overwrites anything: the old folder stays as it was, and a folder that already
holds FieldKit data is used as it is.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from fieldkit.core.backup import copy_user_data
from fieldkit.core.errors import OutputError, UserDataError
from fieldkit.core.files import write_atomic
from fieldkit.core.paths import location_file, user_db_path


def choose_data_folder(current: Path, new: Path) -> bool:
    """Make `new` the data folder from the next start; returns True if the data was copied
    there, False if `new` already held FieldKit data (which is then used unchanged)."""
    current, new = Path(current), Path(new)
    try:
        new.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserDataError(f"{new}: the folder cannot be used ({exc.strerror})") from exc
    target = user_db_path(new)
    copied = False
    if target.exists():
        try:
            with contextlib.closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as c:
                c.execute("SELECT count(*) FROM runs").fetchone()
        except sqlite3.Error as exc:
            raise UserDataError(f"{target}: this file is not FieldKit data; choose another "
                                "folder") from exc
    elif new.resolve() != current.resolve():
        copy_user_data(current, new)
        copied = True
    pointer = location_file()
    try:
        pointer.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(pointer, f"{new.resolve()}\n", what="the choice of folder")
    except OSError as exc:
        raise UserDataError(f"{pointer}: the choice could not be saved ({exc.strerror})") from exc
    except OutputError as exc:
        raise UserDataError(str(exc)) from exc
    return copied
