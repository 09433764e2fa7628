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
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.core.backup import make_backup
from fieldkit.core.vault import PassphraseRequired
from fieldkit.packs import slim
from fieldkit.packs.archive import DELTA_KEYS, DELTA_ROWS, PackFile
from fieldkit.packs.errors import (
    FormatError,
    HashError,
    InstallError,
    TrustError,
    VersionError,
)
from fieldkit.packs.manifest import (
    Manifest,
    open_verified,
    read_member,
    unpack_content,
)
from fieldkit.packs.progress import (
    STEP_BACKUP,
    STEP_INDEXING,
    STEP_NO_BACKUP,
    STEP_SWITCHING,
    STEP_UNPACKING,
)
from fieldkit.packs.readside import Readable, readable_installed
from fieldkit.packs.trust import Root, TrustStore, format_time, utcnow, write_atomic

PACKS_DIR = "packs"
POINTER = "installed.json"
DB_NAME = "content.sqlite"
KEPT_PACK = "pack.fkpack"  # the signed file this version was installed from (full or delta)
KEPT_INDEX = "index.json"  # the signed index it came with, when it came from a feed
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
    # bytes of the deltas applied since the last full pack (the 30% rule), 0 after a full pack
    delta_bytes: int = 0


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
        packs = {pid: InstalledPack(pid, _version(p["current"]),
                                    _version(p["previous"]) if p["previous"] else None)
                 for pid, p in doc["packs"].items()}
        return Pointer(packs, dict(doc["owners"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"{path}: the list of installed packs is damaged") from exc


def _version(doc: dict[str, Any]) -> InstalledVersion:
    """Fields a later FieldKit added are left aside, so going back a version keeps the packs."""
    known = InstalledVersion.__dataclass_fields__
    return InstalledVersion(**{k: v for k, v in doc.items() if k in known})


def db_path(folder: Path, pack_id: str, v: InstalledVersion) -> Path:
    return packs_dir(folder) / pack_id / v.dir / DB_NAME


@contextlib.contextmanager
def _locked(folder: Path, *, wait: bool = True) -> Iterator[bool]:
    """One writer at a time (a second `fieldkit` installing at once waits). Without `wait`,
    yields False at once when another process holds the lock."""
    base = packs_dir(folder)
    base.mkdir(parents=True, exist_ok=True)
    fd = os.open(base / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # Windows: installs are rare and the pointer switch is atomic
            yield True
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def install_pack(folder: Path, pack: Path, store: TrustStore | None = None,
                 progress: Callable[[str], None] | None = None,
                 index: dict[str, Any] | None = None) -> InstallResult:
    """Verify `pack` against the trusted roots and make it the installed version of its id.
    The signed file itself (and `index`, the signed index it came with) are kept beside the
    content, so the device can pass the same signed update on (`relay`)."""
    folder = Path(folder)
    store = store or TrustStore(folder)
    say = progress or (lambda _msg: None)
    with open_verified(pack, store) as (pf, m, root), _locked(folder):
        pointer = read_pointer(folder)
        current = _check_installable(pointer, m, root)
        if current is not None and current.current.version == m.version:  # same digest too
            _collect(folder, m.id, pointer)  # what an interrupted earlier attempt left
            return InstallResult(m.id, m.version, current.current.version, m.title, False)
        say(STEP_BACKUP)
        try:
            make_backup(folder, "install")
        except PassphraseRequired:  # encrypted data, locked: the install never touches it
            say(STEP_NO_BACKUP)
        base = packs_dir(folder) / m.id
        base.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=base))
        try:
            say(STEP_UNPACKING)
            # The slim DB's bytes (or the delta's) matched their signed SHA-256; the content
            # digest is taken over its rows (which indexing never touches) on a copy, in a
            # second thread while the index is built, and the file that will be read passes
            # `integrity_check` after.
            db = _materialise(folder, pf, m, current, staging)
            say(STEP_INDEXING)
            index_db = staging / DB_NAME
            if db != index_db:
                db.rename(index_db)
            check = _DigestCheck(index_db)
            try:
                slim.index_slim(index_db)
            finally:
                check.join()
            if check.digest != m.content_digest:
                raise HashError(f"pack {m.id}: the content does not match the signed content "
                                "digest")
            if not slim.integrity_ok(index_db):
                raise HashError(f"pack {m.id}: the content database fails its integrity "
                                "check")
            _keep(folder, pack, staging / KEPT_PACK)
            if index is not None:
                (staging / KEPT_INDEX).write_bytes(json.dumps(index, sort_keys=True).encode())
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
        say(STEP_SWITCHING)
        delta_bytes = (current.current.delta_bytes + pack.stat().st_size) \
            if m.delta and current else 0
        entry = InstalledVersion(m.version, final.name, m.content_digest, m.title,
                                 format_time(utcnow()), m.created, root.anchor, delta_bytes)
        pointer.packs[m.id] = InstalledPack(m.id, entry, current.current if current else None)
        pointer.owners[m.id] = root.anchor
        write_atomic(pointer_path(folder), pointer.to_bytes())
        _collect(folder, m.id, pointer)
    return InstallResult(m.id, m.version, current.current.version if current else None, m.title)


class _DigestCheck:
    """The content digest of a slim DB, computed on a copy in a second thread: the index build
    is mostly SQLite's C code and the digest Python's, so on two cores they overlap."""

    def __init__(self, db: Path) -> None:
        self.copy = db.with_name(".digest-check.sqlite")
        shutil.copyfile(db, self.copy)
        self.digest: str | None = None
        self._thread = threading.Thread(target=self._run, name="fieldkit-digest", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.digest = slim.content_digest(self.copy)
        except sqlite3.DatabaseError:
            self.digest = None  # then it matches nothing: refused

    def join(self) -> None:
        self._thread.join()
        self.copy.unlink(missing_ok=True)


def _keep(folder: Path, pack: Path, dest: Path) -> None:
    """A hard link to our own download (in the data folder), else a copy: a file the person
    keeps elsewhere may change later."""
    if Path(pack).resolve().is_relative_to(packs_dir(folder).resolve()):
        with contextlib.suppress(OSError):
            os.link(pack, dest)
            return
    shutil.copyfile(pack, dest)


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


def tidy(folder: Path) -> list[str]:
    """Start-up housekeeping: removes the version folders that neither the pointer's current
    nor its previous version names (left by an install whose clean-up failed, e.g. a file
    still open on Windows), unfinished staging folders, and the folders of removed packs.
    Does nothing while another process installs (it holds the lock, and its staging folder is
    not the pointer's yet); a folder still open fails quietly and waits for the next start.
    Returns what was removed, as `id/folder` names."""
    base = packs_dir(folder)
    if not pointer_path(folder).is_file():
        return []
    removed: list[str] = []
    with _locked(folder, wait=False) as mine:
        if not mine:
            return removed
        pointer = read_pointer(folder)
        for sub in sorted(base.iterdir()):
            if not sub.is_dir() or sub.name.startswith("."):
                continue  # .incoming holds resumable downloads
            keep = _referenced(pointer, sub.name)
            for version in sorted(sub.iterdir()):
                if version.is_dir() and version.name not in keep:
                    shutil.rmtree(version, ignore_errors=True)
                    if not version.exists():
                        removed.append(f"{sub.name}/{version.name}")
            with contextlib.suppress(OSError):
                if not any(sub.iterdir()):
                    sub.rmdir()
    return removed


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


def readable_packs(folder: Path) -> Readable:
    """A damaged or too-new pack is named in `problems`; the others are still returned."""
    return readable_installed(folder)
