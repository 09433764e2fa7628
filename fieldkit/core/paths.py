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
PRIVATE_DIR = ".private"
DISPLAY_PREFS_NAME = "display.json"
GUI_LOCK_NAME = "gui.lock"
VAULT_LOCK_NAME = "vault.lock"  # never removed, not even by a wipe: a held lock must stay one
USER_KEY_NAME = "userkey.json"
BUNDLED_LIBRARY_NAME = "library.sqlite"
BUNDLED_PACK_INFO = "library-pack.json"


LOCATION_FILE = "data-folder.txt"


PORTABLE_MARKER = "portable"
PORTABLE_DATA = "FieldKit-data"
PORTABLE = "portable mode"  # what decides the folder, as Settings names it


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    portable = portable_dir()
    if portable is not None:
        return portable
    env = os.environ.get("FIELDKIT_HOME")
    if env:
        return Path(env).expanduser()
    return chosen_data_dir() or default_data_dir()


def data_dir_override(override: str | os.PathLike[str] | None = None) -> str | None:
    """What decides the data folder instead of the choice made in Settings, if anything:
    '--data-dir' or 'FIELDKIT_HOME' (Settings must say so rather than pretend to move it)."""
    if override:
        return "--data-dir"
    if portable_dir() is not None:
        return PORTABLE
    if os.environ.get("FIELDKIT_HOME"):
        return "FIELDKIT_HOME"
    return None


def portable_dir() -> Path | None:
    """`FieldKit-data/` beside the executable when a file named `portable` sits there (a USB
    stick, a shared laptop): all data then lives in it. Only the package has an executable of
    its own; from source, `python` is the executable and this is never on."""
    if not is_frozen():
        return None
    here = Path(sys.executable).resolve().parent
    return here / PORTABLE_DATA if (here / PORTABLE_MARKER).is_file() else None


def portable_environment(folder: Path) -> dict[str, str]:
    """The variables that keep Qt, fontconfig and Mesa from writing to the profile in portable
    mode: every XDG base folder points into `folder/.private/xdg` (set before QApplication)."""
    base = private_dir(folder) / "xdg"
    env = {f"XDG_{name}_HOME": str(base / name.lower())
           for name in ("CONFIG", "CACHE", "DATA", "STATE")}
    env["MESA_SHADER_CACHE_DIR"] = str(base / "cache" / "mesa")
    return env


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


def private_dir(folder: Path) -> Path:
    return Path(folder) / PRIVATE_DIR


def user_db_path(folder: Path) -> Path:
    """DATA/.private/user.sqlite: a hidden subfolder, because a file dialog browsing the data
    folder sniffs each file's type by opening and closing it, and closing any descriptor on a
    SQLite file drops all of that process's POSIX locks on it (the WAL is then deleted under
    the live connection by the next program to open the file)."""
    return private_dir(folder) / USER_DB_NAME


def legacy_user_db_path(folder: Path) -> Path:
    """Where FieldKit before 0.x kept the user DB; moved on first open."""
    return Path(folder) / USER_DB_NAME


def user_key_path(folder: Path) -> Path:
    """The wrapped data key of an encrypted user DB (issue 11): destroying it erases the data."""
    return private_dir(folder) / USER_KEY_NAME


def display_prefs_path(folder: Path) -> Path:
    return private_dir(folder) / DISPLAY_PREFS_NAME


def gui_lock_path(folder: Path) -> Path:
    return private_dir(folder) / GUI_LOCK_NAME


def is_frozen() -> bool:
    """True in the PyInstaller package (one folder, `fieldkit` beside `_internal/`)."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path:
    """Where the files shipped with FieldKit are: the package's `_internal/` folder when frozen,
    the source tree's `build/` otherwise."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2] / "build"


def assets_dir() -> Path:
    """`assets/` (icon, theme files): beside the code in the source tree, inside the bundle
    when frozen; the one place both look it up."""
    if is_frozen():
        return bundle_dir() / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def bundled_library_path() -> Path:
    """The library built from `data/` by `make setup` (or shipped beside a frozen executable)."""
    env = os.environ.get("FIELDKIT_LIBRARY")
    if env:
        return Path(env).expanduser()
    return bundle_dir() / BUNDLED_LIBRARY_NAME


def bundled_pack_info() -> Path | None:
    """`library-pack.json`, which names the signed pack of the bundled library and the roots
    it is signed under. Only the package has one (or `FIELDKIT_BUNDLED_PACK` names one): from
    the source tree, the library is `build/library.sqlite` alone, as before."""
    env = os.environ.get("FIELDKIT_BUNDLED_PACK")
    if env:
        return Path(env).expanduser()
    return bundle_dir() / BUNDLED_PACK_INFO if is_frozen() else None
