"""Installed packs: verify, stage, index, check, then switch by rewriting one small pointer file
(`packs/installed.json`) that also remembers each pack's previous version for rollback.

Each version lives in its own folder, `packs/<id>/<version>-<digest16>/content.sqlite`; no
database file is ever replaced in place, and the user DB is only ever read (for its backup).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.core.backup import make_backup
from fieldkit.core.models import CONTENT_SCHEMA_VERSION
from fieldkit.core.vault import PassphraseRequired
from fieldkit.packs import slim
from fieldkit.packs.archive import DELTA_KEYS, DELTA_ROWS, PackFile
from fieldkit.packs.errors import (
    FormatError,
    InstallError,
    PackError,
    TrustError,
    VersionError,
)
from fieldkit.packs.manifest import (
    Manifest,
    check_content,
    open_verified,
    read_member,
    unpack_content,
)
from fieldkit.packs.trust import Root, TrustStore, format_time, utcnow, write_atomic

PACKS_DIR = "packs"
POINTER = "installed.json"
DB_NAME = "content.sqlite"
_STAGING = ".staging-"


@dataclass(frozen=True)
class InstalledVersion:
    version: int
    dir: str
    digest: str
    title: str
    installed_at: str
    content_as_of: str
    root: str


@dataclass(frozen=True)
class InstalledPack:
    id: str
    current: InstalledVersion
    previous: InstalledVersion | None = None

    def as_json(self) -> dict[str, Any]:
        c = self.current
        return {"id": self.id, "version": c.version, "title": c.title,
                "installed_at": c.installed_at, "content_as_of": c.content_as_of,
                "previous_version": self.previous.version if self.previous else None}


@dataclass
class Pointer:
    packs: dict[str, InstalledPack] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # pack id -> root anchor

    def to_bytes(self) -> bytes:
        doc = {"format": 1, "owners": self.owners, "packs": {
            pid: {"current": asdict(p.current),
                  "previous": asdict(p.previous) if p.previous else None}
            for pid, p in sorted(self.packs.items())}}
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class InstallResult:
    id: str
    version: int
    previous: int | None
    title: str
    changed: bool = True


def packs_dir(folder: Path) -> Path:
    return Path(folder) / PACKS_DIR


def pointer_path(folder: Path) -> Path:
    return packs_dir(folder) / POINTER


def read_pointer(folder: Path) -> Pointer:
    path = pointer_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Pointer()
    except OSError as exc:
        raise InstallError(f"{path}: cannot read the list of installed packs "
                           f"({exc.strerror})") from exc
    try:
        doc = json.loads(data)
        packs = {pid: InstalledPack(pid, InstalledVersion(**p["current"]),
                                    InstalledVersion(**p["previous"]) if p["previous"] else None)
                 for pid, p in doc["packs"].items()}
        return Pointer(packs, dict(doc["owners"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"{path}: the list of installed packs is damaged") from exc


def db_path(folder: Path, pack_id: str, v: InstalledVersion) -> Path:
    return packs_dir(folder) / pack_id / v.dir / DB_NAME


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One writer at a time (a second `fieldkit` installing at once waits)."""
    base = packs_dir(folder)
    base.mkdir(parents=True, exist_ok=True)
    fd = os.open(base / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # Windows: installs are rare and the pointer switch is atomic
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def install_pack(folder: Path, pack: Path, store: TrustStore | None = None,
                 progress: Callable[[str], None] | None = None) -> InstallResult:
    """Verify `pack` against the trusted roots and make it the installed version of its id."""
    folder = Path(folder)
    store = store or TrustStore(folder)
    say = progress or (lambda _msg: None)
    with open_verified(pack, store) as (pf, m, root), _locked(folder):
        pointer = read_pointer(folder)
        current = _check_installable(pointer, m, root)
        if current is not None and current.current.version == m.version:  # same digest too
            _collect(folder, m.id, pointer)  # what an interrupted earlier attempt left
            return InstallResult(m.id, m.version, current.current.version, m.title, False)
        say("backing up your data")
        try:
            make_backup(folder, "install")
        except PassphraseRequired:  # encrypted data, locked: the install never touches it
            say("your data is locked, so it was not backed up first (installing does not "
                "change it)")
        base = packs_dir(folder) / m.id
        base.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=base))
        try:
            say("unpacking")
            # The slim DB's bytes (or the delta's) matched their signed SHA-256: the one
            # content check that matters is the last, on the file that will be read.
            db = _materialise(folder, pf, m, current, staging)
            say("building the search index")
            index_db = staging / DB_NAME
            if db != index_db:
                db.rename(index_db)
            slim.index_slim(index_db)
            check_content(index_db, m)
            final = base / f"{m.version}-{m.content_digest[:16]}"
            if final.exists():
                shutil.rmtree(final)  # an unfinished earlier attempt: nothing points to it
            os.rename(staging, final)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise InstallError(f"pack {m.id} could not be installed ({exc.strerror or exc})") \
                from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        say("switching")
        entry = InstalledVersion(m.version, final.name, m.content_digest, m.title,
                                 format_time(utcnow()), m.created, root.anchor)
        pointer.packs[m.id] = InstalledPack(m.id, entry, current.current if current else None)
        pointer.owners[m.id] = root.anchor
        write_atomic(pointer_path(folder), pointer.to_bytes())
        _collect(folder, m.id, pointer)
    return InstallResult(m.id, m.version, current.current.version if current else None, m.title)


def _materialise(folder: Path, pf: PackFile, m: Manifest, current: InstalledPack | None,
                 staging: Path) -> Path:
    """The new version's slim DB in `staging`: unpacked, or the installed rows plus a delta."""
    if m.delta is None:
        return unpack_content(pf, m, staging)
    from fieldkit.packs.delta import apply_delta

    if current is None or current.current.digest != m.delta.digest:
        have = (f"the installed version {current.current.version} is not that content"
                if current else "nothing is installed")
        raise VersionError(f"the delta for pack {m.id} applies to version {m.delta.version} "
                           f"only, and {have}: fetch the full pack")
    db = staging / DB_NAME
    slim.make_slim(db_path(folder, m.id, current.current), db, m.id, m.version, compact=False)
    k, r = m.members[DELTA_KEYS], m.members[DELTA_ROWS]
    apply_delta(db, read_member(pf, m, DELTA_KEYS), k.unpacked_length, k.unpacked_sha256,
                read_member(pf, m, DELTA_ROWS), r.unpacked_length, r.unpacked_sha256, m.version)
    return db


def _check_installable(pointer: Pointer, m: Manifest, root: Root) -> InstalledPack | None:
    owner = pointer.owners.get(m.id)
    if owner is not None and owner != root.anchor:
        raise TrustError(f"pack {m.id} is signed under a different root than the one it was "
                         "first installed from (wrong software): refused")
    current = pointer.packs.get(m.id)
    if current is None:
        return None
    have = current.current
    if m.version < have.version:
        raise VersionError(f"pack {m.id} version {m.version} is older than the installed "
                           f"version {have.version} (rollback refused)")
    if m.version == have.version and m.content_digest != have.digest:
        raise VersionError(f"pack {m.id} version {m.version} differs from the installed copy "
                           "of the same version: refused")
    return current


def _referenced(pointer: Pointer, pack_id: str) -> set[str]:
    p = pointer.packs.get(pack_id)
    return {v.dir for v in ((p.current, p.previous) if p else ()) if v}


def _collect(folder: Path, pack_id: str, pointer: Pointer) -> None:
    """Removes version folders nothing points to (and unfinished staging folders). On Windows a
    folder still open fails here and is retried on the next install."""
    base = packs_dir(folder) / pack_id
    keep = _referenced(pointer, pack_id)
    if not base.is_dir():
        return
    for sub in base.iterdir():
        if sub.is_dir() and sub.name not in keep:
            shutil.rmtree(sub, ignore_errors=True)
    with contextlib.suppress(OSError):
        if not any(base.iterdir()):
            base.rmdir()


def rollback_pack(folder: Path, pack_id: str) -> InstallResult:
    """Switch back to the version installed before the current one (the two swap places)."""
    with _locked(folder):
        pointer = read_pointer(folder)
        p = pointer.packs.get(pack_id)
        if p is None:
            raise InstallError(f"pack {pack_id} is not installed")
        if p.previous is None:
            raise InstallError(f"pack {pack_id} has no previous version to roll back to")
        if not slim.integrity_ok(db_path(folder, pack_id, p.previous)):
            raise InstallError(f"pack {pack_id}'s previous version {p.previous.version} is "
                               "damaged or missing")
        pointer.packs[pack_id] = InstalledPack(pack_id, p.previous, p.current)
        write_atomic(pointer_path(folder), pointer.to_bytes())
    return InstallResult(pack_id, p.previous.version, p.current.version, p.previous.title)


def remove_pack(folder: Path, pack_id: str) -> InstalledPack:
    """Uninstall; the pack id stays bound to its root."""
    with _locked(folder):
        pointer = read_pointer(folder)
        p = pointer.packs.pop(pack_id, None)
        if p is None:
            raise InstallError(f"pack {pack_id} is not installed")
        write_atomic(pointer_path(folder), pointer.to_bytes())
        _collect(folder, pack_id, pointer)
    return p


def installed_packs(folder: Path) -> list[InstalledPack]:
    return sorted(read_pointer(folder).packs.values(), key=lambda p: p.id)


@dataclass(frozen=True)
class Readable:
    """The installed content DBs that can be read, and a sentence for each that cannot."""

    paths: list[Path]
    ids: list[str]
    problems: list[str]


def readable_packs(folder: Path) -> Readable:
    """A damaged or too-new pack is named in `problems`; the others are still returned."""
    paths: list[Path] = []
    ids: list[str] = []
    problems: list[str] = []
    try:
        packs = installed_packs(folder)
    except PackError as exc:
        return Readable([], [], [str(exc)])
    for p in packs:
        path = db_path(folder, p.id, p.current)
        if not path.is_file():
            problems.append(f"pack {p.id} version {p.current.version}: its files are missing")
            continue
        try:
            _lib_id, schema = slim.schema_version(path)
        except (sqlite3.DatabaseError, ValueError, TypeError):
            problems.append(f"pack {p.id} version {p.current.version} is damaged: skipped")
            continue
        if schema > CONTENT_SCHEMA_VERSION:
            problems.append(f"pack {p.id} version {p.current.version} needs a newer FieldKit: "
                            "skipped")
            continue
        paths.append(path)
        ids.append(p.id)
    return Readable(paths, ids, problems)
