"""The theme and text size, kept in a small JSON file of their own beside the user DB.

The window needs them before its first paint, before the database layer is imported, so they
never live in the DB (reading them must not open it). Reading never fails: anything unreadable
means the defaults. Writing is atomic (random temp file, fsync, os.replace).
"""

from __future__ import annotations

import json
from pathlib import Path

from fieldkit.core.errors import OutputError, UserDataError
from fieldkit.core.files import write_atomic
from fieldkit.core.paths import display_prefs_path

DEFAULTS = {"theme": "light", "text_size": "normal"}


def read_display_prefs(folder: Path) -> dict[str, str]:
    prefs = dict(DEFAULTS)
    try:
        stored = json.loads(display_prefs_path(Path(folder)).read_text("utf-8"))
    except (OSError, ValueError):
        return prefs
    if isinstance(stored, dict):
        for key in DEFAULTS:
            if isinstance(stored.get(key), str):
                prefs[key] = stored[key]
    return prefs


def has_display_prefs(folder: Path) -> bool:
    return display_prefs_path(Path(folder)).is_file()


def write_display_prefs(folder: Path, **values: str) -> None:
    """Set some of the preferences (theme=..., text_size=...); the others keep their value."""
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"not a display preference: {sorted(unknown)}")
    prefs = read_display_prefs(folder) | values
    path = display_prefs_path(Path(folder))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(prefs), what="the display settings")
    except OSError as exc:
        raise UserDataError(f"{path}: the display settings could not be saved "
                            f"({exc.strerror})") from exc
    except OutputError as exc:
        raise UserDataError(str(exc)) from exc
