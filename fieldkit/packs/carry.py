"""Moving to another data folder (Settings › Change…) takes the installed packs and the trusted
roots along: each version folder is copied, its content DB checked (`integrity_check` and the
signed content digest) on the new disk, and the list of installed packs written there last.

Never changes the old folder; a copy that does not check out leaves the new folder without a
pointer (no packs), and says which pack failed.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.packs import slim
from fieldkit.packs.errors import InstallError, PackError
from fieldkit.packs.install import (
    DB_NAME,
    InstalledPack,
    InstalledVersion,
    _locked,
    packs_dir,
    pointer_path,
    read_pointer,
)
from fieldkit.packs.trust import TRUST_DIR, TrustStore, write_atomic

_SKIP = ("-wal", "-shm", "-journal")


@dataclass
class CarryReport:
    packs: list[str] = field(default_factory=list)  # 'id version N'
    roots: int = 0
    dropped: list[str] = field(default_factory=list)  # previous versions that did not copy


def carry_packs(old: Path, new: Path) -> CarryReport:
    """Copy the trusted roots and the installed packs (current and previous versions) from data
    folder `old` to `new`, unless `new` already has packs of its own (used as they are)."""
    old, new = Path(old), Path(new)
    report = CarryReport()
    if pointer_path(new).is_file() or old.resolve() == new.resolve():
        return report
    if (old / TRUST_DIR).is_dir():
        report.roots = _copy_trust(old, new)
    if not pointer_path(old).is_file():
        return report
    with _locked(old):  # no install switches the old folder's packs while they are copied
        pointer = read_pointer(old)
        for p in sorted(pointer.packs.values(), key=lambda x: x.id):
            pointer.packs[p.id] = _copy_pack(old, new, p, report)
            report.packs.append(f"{p.id} version {p.current.version}")
        with _locked(new):
            write_atomic(pointer_path(new), pointer.to_bytes())
    return report


def _copy_trust(old: Path, new: Path) -> int:
    """Every root (and its state) as it is; each root is read back through the trust store."""
    src, dest = old / TRUST_DIR, new / TRUST_DIR
    for path in sorted(src.rglob("*")):
        if path.is_file() and not path.is_symlink():
            write_atomic(dest / path.relative_to(src), path.read_bytes())
    try:
        copied = {r.anchor: r.version for r in TrustStore(new).roots()}
        wanted = {r.anchor: r.version for r in TrustStore(old).roots()}
    except PackError as exc:
        raise InstallError(f"the trusted roots did not copy intact to {new} ({exc})") from exc
    if any(copied.get(anchor) != version for anchor, version in wanted.items()):
        raise InstallError(f"the trusted roots did not copy intact to {new}")
    return len(wanted)


def _copy_pack(old: Path, new: Path, p: InstalledPack, report: CarryReport) -> InstalledPack:
    _copy_version(old, new, p, p.current)
    previous = p.previous
    if previous is not None:
        try:
            _copy_version(old, new, p, previous)
        except InstallError as exc:  # rollback is lost, the content is not
            report.dropped.append(str(exc))
            previous = None
    return InstalledPack(p.id, p.current, previous)


def _copy_version(old: Path, new: Path, p: InstalledPack, v: InstalledVersion) -> None:
    src = packs_dir(old) / p.id / v.dir
    final = packs_dir(new) / p.id / v.dir
    staging = final.with_name(f".staging-carry-{v.dir}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
        for path in sorted(src.iterdir()):
            if path.is_file() and not path.is_symlink() and not path.name.endswith(_SKIP):
                shutil.copyfile(path, staging / path.name)
        db = staging / DB_NAME
        if not slim.integrity_ok(db) or slim.content_digest(db) != v.digest:
            raise InstallError(f"pack {p.id} version {v.version} did not copy intact to {new} "
                               "(its content does not match its signed digest)")
        shutil.rmtree(final, ignore_errors=True)
        staging.rename(final)
    except (OSError, sqlite3.DatabaseError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise InstallError(f"pack {p.id} version {v.version} could not be copied to {new} "
                           f"({getattr(exc, 'strerror', None) or exc})") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
