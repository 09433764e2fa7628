"""Which content DBs the app reads: the installed packs (from the pointer file) first, then the
bundled library unless an installed pack has its id. Cheap when nothing is installed: one stat,
no database layer loaded (the GUI paints its first window before it loads SQLAlchemy).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

POINTER = Path("packs") / "installed.json"


def library_paths(folder: Path, bundled: Path) -> tuple[list[Path], list[str]]:
    """The paths for `LibrarySet`, and one sentence per installed pack that cannot be read
    (damaged, missing, or too new for this FieldKit): those are skipped, the others kept."""
    if not (Path(folder) / POINTER).is_file():
        return [bundled], []
    from fieldkit.packs.errors import PackError
    from fieldkit.packs.install import readable_packs, tidy
    from fieldkit.packs.slim import schema_version

    # old version folders go at the latest on the next start; a damaged pointer is reported
    # by readable_packs below, and tidying can wait
    with contextlib.suppress(PackError, OSError):
        tidy(folder)
    readable = readable_packs(folder)
    paths = list(readable.paths)
    try:
        bundled_id = schema_version(bundled)[0] if bundled.is_file() else None
    except sqlite3.DatabaseError:  # reported when LibrarySet opens it
        bundled_id = None
    if bundled_id not in readable.ids or not paths:
        paths.append(bundled)
    return paths, readable.problems
