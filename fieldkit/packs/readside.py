"""Which content DBs the app reads: the installed packs (from the pointer file) first, then the
bundled library unless an installed pack has its id. Cheap when nothing is installed: one stat,
no database layer loaded (the GUI paints its first window before it loads SQLAlchemy).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from fieldkit.core.content_schema import CONTENT_SCHEMA_VERSION
from fieldkit.core.errors import Problem
from fieldkit.core.paths import bundled_pack_info

POINTER = Path("packs") / "installed.json"
_VERSION_FIELDS = {"version", "dir", "digest", "title", "installed_at", "content_as_of", "root"}


@dataclass(frozen=True)
class Readable:
    """The installed content DBs that can be read, and a sentence for each that cannot."""

    paths: list[Path]
    ids: list[str]
    problems: list[str]


def content_schema(db: Path) -> tuple[str, int]:
    """The library id and content schema version a content DB says it has (sqlite3 alone)."""
    uri = f"file:{quote(str(Path(db).resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        row = conn.execute("SELECT id, schema_version FROM library_meta").fetchone()
    finally:
        conn.close()
    if row is None:
        raise sqlite3.DatabaseError("library_meta is empty")
    return str(row[0]), int(row[1])


def _installed(folder: Path) -> list[tuple[str, int, str]]:
    """(id, version, folder name) of each installed pack, from the pointer file's JSON, checked
    as strictly as `install.read_pointer` checks it."""
    from fieldkit.packs.errors import FormatError, InstallError

    path = Path(folder) / POINTER
    try:
        doc = json.loads(path.read_bytes())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise InstallError(f"{path}: cannot read the list of installed packs "
                           f"({exc.strerror})") from exc
    except ValueError as exc:
        raise FormatError(f"{path}: the list of installed packs is damaged") from exc
    try:
        out = []
        for pid, p in doc["packs"].items():
            current, previous = p["current"], p["previous"]
            # fields a later FieldKit adds are left aside, as `install.read_pointer` does
            if not set(current) >= _VERSION_FIELDS or (previous is not None
                                                       and not set(previous) >= _VERSION_FIELDS):
                raise TypeError("missing fields")
            out.append((str(pid), int(current["version"]), str(current["dir"])))
        if not isinstance(doc["owners"], dict):
            raise TypeError("owners is not a mapping")
        return sorted(out)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FormatError(f"{path}: the list of installed packs is damaged") from exc


def readable_installed(folder: Path) -> Readable:
    """A damaged or too-new pack is named in `problems`; the others are still returned. Reads
    JSON and SQLite only: at every start, before the first window, nothing heavier loads."""
    from fieldkit.packs.errors import PackError

    paths: list[Path] = []
    ids: list[str] = []
    problems: list[str] = []
    try:
        packs = _installed(folder)
    except PackError as exc:
        return Readable([], [], [Problem(str(exc), code=exc.code, fields=exc.fields)])
    for pid, version, name in packs:
        path = Path(folder) / "packs" / pid / name / "content.sqlite"
        named = {"pack": pid, "version": str(version)}
        if not path.is_file():
            problems.append(Problem(f"pack {pid} version {version}: its files are missing",
                                    code="pack.files_missing", fields=named))
            continue
        try:
            _lib_id, schema = content_schema(path)
        except (sqlite3.DatabaseError, ValueError, TypeError):
            problems.append(Problem(f"pack {pid} version {version} is damaged: skipped",
                                    code="pack.damaged", fields=named))
            continue
        if schema > CONTENT_SCHEMA_VERSION:
            problems.append(Problem(f"pack {pid} version {version} needs a newer FieldKit: "
                                    "skipped", code="pack.needs_newer_app", fields=named))
            continue
        paths.append(path)
        ids.append(pid)
    return Readable(paths, ids, problems)


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
        return [Problem(f"the bundled library could not be installed as a pack, so it is read "
                        f"in place ({exc})", code="pack.bundled_in_place")]
    return []


def library_paths(folder: Path, bundled: Path) -> tuple[list[Path], list[str]]:
    """The paths for `LibrarySet`, and one sentence per installed pack that cannot be read
    (damaged, missing, or too new for this FieldKit): those are skipped, the others kept."""
    first_run = install_bundled(folder)
    if not (Path(folder) / POINTER).is_file():
        return [bundled], first_run
    readable = readable_installed(folder)
    paths = list(readable.paths)
    try:
        bundled_id = content_schema(bundled)[0] if bundled.is_file() else None
    except sqlite3.DatabaseError:  # reported when LibrarySet opens it
        bundled_id = None
    if bundled_id not in readable.ids or not paths:
        paths.append(bundled)
    return paths, first_run + readable.problems
