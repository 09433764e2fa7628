"""Where FieldKit keeps things: the user's data folder and the bundled library.

`--data-dir` beats `FIELDKIT_HOME`, which beats the folder chosen in Settings (a one-line file in
the platform's config folder), which beats the platform's user-data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FieldKit"
USER_DB_NAME = "user.sqlite"
BUNDLED_LIBRARY_NAME = "library.sqlite"


LOCATION_FILE = "data-folder.txt"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get("FIELDKIT_HOME")
    if env:
        return Path(env).expanduser()
    return chosen_data_dir() or default_data_dir()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def location_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / LOCATION_FILE


def chosen_data_dir() -> Path | None:
    """The folder picked in Settings, if any (an unreadable choice counts as none)."""
    try:
        line = location_file().read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(line) if line else None


def user_db_path(folder: Path) -> Path:
    return folder / USER_DB_NAME


def bundled_library_path() -> Path:
    """The library built from `data/` by `make setup` (or shipped beside a frozen executable)."""
    env = os.environ.get("FIELDKIT_LIBRARY")
    if env:
        return Path(env).expanduser()
    if getattr(sys, "frozen", False):  # PyInstaller one-folder build
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / BUNDLED_LIBRARY_NAME
    return Path(__file__).resolve().parents[2] / "build" / BUNDLED_LIBRARY_NAME
