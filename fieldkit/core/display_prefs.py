"""The theme, text size and language, kept in a small JSON file of their own beside the user DB.

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

# language "": follow the system's language (the GUI picks en/es/fr/ar from it at start)
DEFAULTS = {"theme": "light", "text_size": "normal", "language": ""}


def _stored(folder: Path) -> dict[str, object]:
    try:
        stored = json.loads(display_prefs_path(Path(folder)).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def read_display_prefs(folder: Path) -> dict[str, str]:
    prefs = dict(DEFAULTS)
    stored = _stored(folder)
    for key in DEFAULTS:
        value = stored.get(key)
        if isinstance(value, str):
            prefs[key] = value
    return prefs


def read_window_geometry(folder: Path) -> tuple[int, int, int, int] | None:
    """Where the window was last (x, y, width, height), or None if unknown or unreadable."""
    value = _stored(folder).get("window")
    if (isinstance(value, list) and len(value) == 4
            and all(isinstance(v, int) and not isinstance(v, bool) and abs(v) < 100_000
                    for v in value)):
        x, y, w, h = value
        return (x, y, w, h) if w > 0 and h > 0 else None
    return None


def has_display_prefs(folder: Path) -> bool:
    return display_prefs_path(Path(folder)).is_file()


def write_display_prefs(folder: Path, **values: str) -> None:
    """Set some of the preferences (theme=..., text_size=...); the others keep their value."""
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"not a display preference: {sorted(unknown)}")
    _write(folder, read_display_prefs(folder) | values)


def write_window_geometry(folder: Path, geometry: tuple[int, int, int, int]) -> None:
    _write(folder, {"window": list(geometry)})


def _write(folder: Path, values: dict[str, object]) -> None:
    """Merge `values` into the file (keys not named keep their value), atomically."""
    prefs = _stored(folder) | values
    path = display_prefs_path(Path(folder))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(prefs), what="the display settings")
    except OSError as exc:
        raise UserDataError(f"{path}: the display settings could not be saved "
                            f"({exc.strerror})") from exc
    except OutputError as exc:
        raise UserDataError(str(exc)) from exc
