"""Reads the theme and text size from the user DB with the standard library alone.

The window needs them before its first paint, before the database layer is even imported; this
never writes and never fails: anything unreadable means the defaults.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from fieldkit.core.paths import user_db_path

DEFAULTS = {"theme": "light", "text_size": "normal"}


def read_display_prefs(folder: Path) -> dict[str, str]:
    prefs = dict(DEFAULTS)
    path = user_db_path(Path(folder))
    if not path.is_file():
        return prefs
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                timeout=1.0)) as conn:
            rows = conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                                tuple(DEFAULTS)).fetchall()
    except sqlite3.Error:
        return prefs
    for key, value in rows:
        with contextlib.suppress(ValueError, TypeError):
            decoded = json.loads(value)
            if isinstance(decoded, str):
                prefs[key] = decoded
    return prefs
