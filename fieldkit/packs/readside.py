"""Which content DBs the app reads: the installed packs (from the pointer file) first, then the
bundled library unless an installed pack has its id. Cheap when nothing is installed: one stat,
no database layer loaded (the GUI paints its first window before it loads SQLAlchemy).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fieldkit.core.paths import bundled_pack_info

POINTER = Path("packs") / "installed.json"


def install_bundled(folder: Path) -> list[str]:
    """The package's first run (and the first run of a package carrying a newer library):
    install the bundled signed pack. Until it is in, or if it cannot be (a read-only data
    folder, an expired root), the bundled library is read in place, so search works at once;
    the sentence saying why is returned. From the source tree: nothing to do."""
    info = bundled_pack_info()
    if info is None or not info.is_file():
        return []
    from fieldkit.packs.bundled import ensure_installed
    from fieldkit.packs.errors import PackError

    try:
        ensure_installed(folder, info)
    except (PackError, OSError) as exc:
        return [f"the bundled library could not be installed as a pack, so it is read in "
                f"place ({exc})"]
    return []


def library_paths(folder: Path, bundled: Path) -> tuple[list[Path], list[str]]:
    """The paths for `LibrarySet`, and one sentence per installed pack that cannot be read
    (damaged, missing, or too new for this FieldKit): those are skipped, the others kept."""
    first_run = install_bundled(folder)
    if not (Path(folder) / POINTER).is_file():
        return [bundled], first_run
    from fieldkit.packs.install import readable_packs
    from fieldkit.packs.slim import schema_version

    readable = readable_packs(folder)
    paths = list(readable.paths)
    try:
        bundled_id = schema_version(bundled)[0] if bundled.is_file() else None
    except sqlite3.DatabaseError:  # reported when LibrarySet opens it
        bundled_id = None
    if bundled_id not in readable.ids or not paths:
        paths.append(bundled)
    return paths, first_run + readable.problems
