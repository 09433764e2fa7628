"""Pass it on: write the installed packs, with the signed roots and index they came with, as a
feed folder (a USB stick) that another device syncs from like any mirror.

Nothing is signed again: every file is the publisher's, byte for byte, so the next device checks
them against its own trusted root. Never writes inside the data folder's packs or trust.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.core.errors import OutputError, Problem
from fieldkit.core.files import atomic_target
from fieldkit.packs.archive import PackFile
from fieldkit.packs.errors import FormatError, PackError, VersionError
from fieldkit.packs.feed import INDEX, MAX_INDEX_BYTES, ROOT, Index, numbered_root, parse_index
from fieldkit.packs.install import (
    KEPT_INDEX,
    KEPT_PACK,
    InstalledPack,
    packs_dir,
    read_pointer,
)
from fieldkit.packs.manifest import parse_manifest
from fieldkit.packs.trust import TRUST_DIR, TrustStore, read_json_file

_NUMBERED = re.compile(r"^(\d+)\.root\.json$")


@dataclass(frozen=True)
class Relayed:
    """One signed file passed on: a pack's full version, or its delta from `base`; `is_loose`
    when it travels as a lone `.fkpack` (no signed index). The GUI words it from these fields;
    `str()` is the CLI's English."""

    id: str
    version: int
    base: int | None = None  # a delta from this version; None: the full pack
    is_loose: bool = False

    def __str__(self) -> str:
        kind = f"delta from version {self.base}" if self.base is not None else "full pack"
        return f"{self.id} version {self.version} ({kind}{', loose' if self.is_loose else ''})"


@dataclass
class RelayReport:
    folder: Path
    feeds: list[Path] = field(default_factory=list)  # each folder another device syncs from
    written: list[Relayed] = field(default_factory=list)
    left_out: list[Problem] = field(default_factory=list)  # one sentence each, with a code

    def as_json(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "feeds": [str(f) for f in self.feeds],
                "written": [str(w) for w in self.written], "left_out": self.left_out}


@dataclass(frozen=True)
class _Kept:
    pack: InstalledPack
    file: Path
    sha256: str
    index: Index | None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


def _kept(home: Path, p: InstalledPack, left_out: list[Problem]) -> _Kept | None:
    folder = packs_dir(home) / p.id / p.current.dir
    file = folder / KEPT_PACK
    if not file.is_file():
        left_out.append(Problem(
            f"pack {p.id} version {p.current.version} was installed before FieldKit kept the "
            "signed files: sync it again to pass it on", code="relay.not_kept",
            fields={"pack": p.id, "version": str(p.current.version)}))
        return None
    index = None
    if (folder / KEPT_INDEX).is_file():
        try:
            index = parse_index(read_json_file(folder / KEPT_INDEX, "index", MAX_INDEX_BYTES))
        except PackError:
            index = None  # then it travels as a loose pack, checked by the next device anyway
    return _Kept(p, file, _sha256(file), index)


Advance = Callable[[int], None]  # bytes just written


def _copy(src: Path, dest: Path, advance: Advance | None = None) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(dest, what="the relayed file") as tmp, src.open("rb") as f_in, \
            tmp.open("wb") as f_out:
        if advance is None:
            shutil.copyfileobj(f_in, f_out, 1024 * 1024)
            return
        while chunk := f_in.read(1024 * 1024):
            f_out.write(chunk)
            advance(len(chunk))


def _roots(home: Path, anchor: str) -> list[tuple[int, Path]]:
    """The numbered roots this device walked through for `anchor`, oldest first."""
    folder = Path(home) / TRUST_DIR / anchor
    found = [(int(m.group(1)), p) for p in folder.glob("*.root.json")
             if (m := _NUMBERED.match(p.name))]
    return sorted(found)


def _file_for(k: _Kept, index: Index) -> tuple[str, Relayed] | None:
    """Where `index` lists this device's signed file, and what it is; None if it does not."""
    entry = index.packs.get(k.pack.id)
    if entry is None or entry.version != k.pack.current.version:
        return None
    if entry.sha256 == k.sha256:
        return entry.file, Relayed(k.pack.id, k.pack.current.version)
    for base, delta in entry.deltas.items():
        if delta.sha256 == k.sha256:
            return delta.file, Relayed(k.pack.id, k.pack.current.version, int(base))
    return None


def _check_dest(home: Path, dest: Path) -> None:
    if dest.resolve().is_relative_to(Path(home).resolve()):
        raise OutputError(f"{dest}: a relay is never written inside the data folder (choose "
                          "a USB stick or another folder)", code="relay.inside_data_folder")
    if dest.exists() and not dest.is_dir():
        raise OutputError(f"{dest}: not a folder", code="relay.not_a_folder",
                          fields={"file": dest.name})


def _check_older(feed: Path, index: Index) -> None:
    """A folder that already holds a newer index of the same root keeps it."""
    path = feed / INDEX
    if not path.is_file():
        return
    try:
        there = parse_index(read_json_file(path, "index", MAX_INDEX_BYTES))
    except PackError:
        return  # not a feed of ours: overwritten
    if there.version > index.version:
        raise VersionError(f"{feed} already holds a newer index (version {there.version}, this "
                           f"device has version {index.version}): nothing was written",
                           code="relay.newer_there")


Content = Path | bytes  # a kept file, or a small signed JSON document


@dataclass
class RelayPlan:
    """What a relay writes (or a share serves): for each feed folder (relative: '' or the root
    id), its files by name, the signed index last."""

    feeds: dict[str, dict[str, Content]] = field(default_factory=dict)
    indexes: dict[str, Index] = field(default_factory=dict)
    written: list[Relayed] = field(default_factory=list)
    left_out: list[Problem] = field(default_factory=list)


def plan_relay(home: Path) -> RelayPlan:
    """The installed packs as feeds (one per root of trust: the folder itself, or `<root id>/`
    when the packs come from several publishers). A pack installed without a feed travels as a
    loose `.fkpack`, which a folder sync also takes."""
    home = Path(home)
    plan = RelayPlan()
    pointer = read_pointer(home)
    groups: dict[str, list[_Kept]] = {}
    for p in sorted(pointer.packs.values(), key=lambda x: x.id):
        k = _kept(home, p, plan.left_out)
        if k is not None:
            groups.setdefault(p.current.root, []).append(k)
    if not groups and not plan.left_out:
        raise FormatError("no packs are installed: there is nothing to pass on",
                          code="relay.nothing_installed")
    store = TrustStore(home)
    for anchor, kept in sorted(groups.items()):
        _plan_group(home, store, anchor, kept, "" if len(groups) == 1 else anchor, plan)
    return plan


def _plan_group(home: Path, store: TrustStore, anchor: str, kept: list[_Kept], sub: str,
                plan: RelayPlan) -> None:
    root = store.get(anchor)
    indexes = [k.index for k in kept if k.index is not None]
    newest = max(indexes, key=lambda i: i.version) if indexes and not root.is_local else None
    files: dict[str, Content] = {}
    for k in kept:
        where = _file_for(k, newest) if newest is not None else None
        if where is not None:
            files[where[0]] = k.file
            plan.written.append(where[1])
        elif newest is None:  # no signed index: a loose pack, checked by its own signature
            with PackFile(k.file) as pf:
                m = parse_manifest(pf.manifest_json())
            files[f"{m.id}-{m.version}.fkpack"] = k.file
            plan.written.append(Relayed(m.id, m.version, m.delta.version if m.delta else None,
                                        is_loose=True))
        else:
            plan.left_out.append(Problem(
                f"pack {k.pack.id} version {k.pack.current.version} came with another index "
                "than the newest this device holds: sync it again from a feed to pass it on",
                code="relay.other_index",
                fields={"pack": k.pack.id, "version": str(k.pack.current.version)}))
    if newest is not None and files:
        roots = {numbered_root(v): path for v, path in _roots(home, anchor)}
        files = {**roots, ROOT: _dumps(root.envelope), **files,
                 INDEX: _dumps(newest.envelope)}
        plan.indexes[sub] = newest
    if files:
        plan.feeds[sub] = files


def _dumps(doc: Any) -> bytes:
    return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


def _size(content: Content) -> int:
    return len(content) if isinstance(content, bytes) else content.stat().st_size


def relay(home: Path, dest: Path,
          progress: Callable[[int, int], None] | None = None) -> RelayReport:
    """Write `plan_relay(home)` into `dest` (e.g. a USB stick); the signed index goes last, so
    a stick pulled out half-way holds no feed that names missing files. `progress(done,
    total)` hears the bytes written; an exception it raises (a cancel) stops the copy there,
    before the index that would name the missing files."""
    home, dest = Path(home), Path(dest)
    _check_dest(home, dest)
    plan = plan_relay(home)
    report = RelayReport(dest, written=plan.written, left_out=plan.left_out)
    total = sum(_size(c) for files in plan.feeds.values() for c in files.values())
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    advance(0)
    for sub, files in plan.feeds.items():
        feed = dest / sub if sub else dest
        if sub in plan.indexes:
            _check_older(feed, plan.indexes[sub])
        for name, content in files.items():
            target = feed / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                with atomic_target(target, what="the relayed file") as tmp:
                    tmp.write_bytes(content)
                advance(len(content))
            else:
                _copy(content, target, advance)
        report.feeds.append(feed)
    _flush()
    return report


def _flush() -> None:
    """A USB stick is pulled out soon after: flush what was written."""
    if hasattr(os, "sync"):
        os.sync()
