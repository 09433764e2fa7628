"""Where FieldKit keeps things: the user's data folder and the bundled library.

`--data-dir` beats `FIELDKIT_HOME`, which beats the platform's user-data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FieldKit"
USER_DB_NAME = "user.sqlite"
BUNDLED_LIBRARY_NAME = "library.sqlite"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get("FIELDKIT_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
