"""Sync: find newer versions of installed packs on a source (a feed or loose packs), check
them against the trusted root and the signed index, fetch, and install each atomically.

Refuses, each with one sentence and nothing changed: an index older than one already seen
(rollback), an expired index (freeze; a folder may pass `accept_stale`), a pack file that is
not the one the index signed (mix-and-match, malicious mirror), roots that do not chain.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.core.errors import Problem
from fieldkit.packs.archive import PackFile
from fieldkit.packs.errors import (
    ExpiredError,
    FetchError,
    FormatError,
    HashError,
    PackError,
    SignatureError,
    TrustError,
    VersionError,
)
from fieldkit.packs.feed import (
    INDEX,
    MAX_INDEX_BYTES,
    ROOT,
    DeltaEntry,
    Index,
    IndexEntry,
    manifest_hash,
    numbered_root,
    parse_index,
)
from fieldkit.packs.install import (
    InstalledVersion,
    InstallResult,
    install_pack,
    installed_packs,
    packs_dir,
)
from fieldkit.packs.manifest import open_verified, parse_manifest
from fieldkit.packs.sources import Progress, Source
from fieldkit.packs.trust import (
    MAX_ROOT_BYTES,
    Root,
    TrustStore,
    format_time,
    parse_root,
    walk_roots,
)

INCOMING = ".incoming"
# After deltas worth this share of the full pack (those applied since the last full pack plus
# the next), the full pack is fetched instead: a long chain costs more than it saves.
DELTA_SHARE = 0.30


@dataclass
class SyncReport:
    source: str
    installed: list[InstallResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    index_version: int | None = None
    content_as_of: str | None = None
    is_stale: bool = False
    via_delta: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "index_version": self.index_version,
                "content_as_of": self.content_as_of, "stale": self.is_stale,
                "installed": [{"id": r.id, "version": r.version, "previous": r.previous,
                               "delta": r.id in self.via_delta} for r in self.installed],
                "skipped": self.skipped}


def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(f"the feed's {what} is not JSON") from exc


def _trusted_root_for_feed(source: Source, store: TrustStore) -> tuple[Root, Index]:
    """Walks each trusted lineage through the feed's numbered roots; the first whose index
    role signed the feed's index is the one. A root that does not chain is never used."""
    raw = source.read_meta(INDEX, MAX_INDEX_BYTES)
    if raw is None:
        raise FormatError(f"{source.label} has no {INDEX}")
    index_doc = _json(raw, "index")

    fetched: dict[int, Any] = {}

    def fetch_root(version: int) -> Any | None:
        data = source.read_meta(numbered_root(version), MAX_ROOT_BYTES)
        fetched[version] = None if data is None else _json(data, f"root version {version}")
        return fetched[version]

    problems: list[PackError] = []
    roots = store.roots()
    if not roots:
        raise TrustError("no root of trust is set up: add one with `fieldkit trust add`")
    for trusted in roots:
        try:
            root = walk_roots(trusted, fetch_root)
            index = parse_index(index_doc)
            root.check(index.envelope, "index", f"index of {source.label}")
        except SignatureError as exc:  # another publisher's root: try the next one
            problems.append(exc)
            continue
        # every root walked through is kept under its number (relay hands the chain on)
        for version in range(trusted.version + 1, root.version + 1):
            store.save(parse_root(fetched[version], trusted.anchor))
        return root, index
    if len(problems) == 1 or len(roots) == 1:
        raise problems[0]
    raise TrustError(f"the feed at {source.label} is not signed by any root this device trusts")


def _check_index(index: Index, root: Root, store: TrustStore, source: Source,
                 accept_stale: bool) -> bool:
    """Rollback and freeze checks; returns whether the index is stale (accepted anyway)."""
    state = store.state(root.anchor)
    keyids = sorted(root.roles["index"].keyids)
    seen = int(state.get("index_version", 0))
    if state.get("index_keyids") not in (None, keyids):
        seen = 0  # rotated index keys: recovery from a fast-forward attack
    if index.version < seen:
        raise VersionError(f"the index on {source.label} is version {index.version}, older "
                           f"than version {seen} already seen (rollback refused)")
    is_stale = index.is_expired()
    if is_stale:
        as_of = index.created[:10] or "an unknown date"
        if not source.is_folder:
            raise ExpiredError(f"the index at {source.label} expired on "
                               f"{format_time(index.expires)[:10]} (content as of {as_of}): "
                               "refused")
        if not accept_stale:
            exc = ExpiredError(f"the index on {source.label} expired on "
                               f"{format_time(index.expires)[:10]} (content as of {as_of}); "
                               "pass --accept-stale to use it anyway")
            exc.content_as_of = index.created[:10] or None  # the GUI asks with this date
            raise exc
    store.save_state(root.anchor, {**state, "index_version": max(seen, index.version),
                                    "index_keyids": keyids})
    return is_stale


def _incoming(home: Path) -> Path:
    folder = packs_dir(home) / INCOMING
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="sync-", dir=folder))


def usable_delta(entry: IndexEntry, have: InstalledVersion | None) -> DeltaEntry | None:
    """The delta from the installed version, if the index offers one and the 30% rule allows
    it: the deltas applied since the last full pack plus this one stay within `DELTA_SHARE` of
    the full pack's length."""
    delta = entry.deltas.get(have.version) if have else None
    if delta is None or have is None or delta.base_digest != have.digest:
        return None
    if have.delta_bytes + delta.length > DELTA_SHARE * entry.length:
        return None
    return delta


def _install_entry(home: Path, source: Source, entry: IndexEntry, store: TrustStore,
                   progress: Progress | None, have: InstalledVersion | None,
                   report: SyncReport, index: Index,
                   steps: Callable[[str], None] | None = None) -> InstallResult:
    """The delta from the installed version when the index offers one (and the 30% rule
    allows it), else (or if the delta fails) the full pack."""
    delta = usable_delta(entry, have)
    if delta is not None:
        try:
            result = _fetch_and_install(home, source, entry, delta.file, delta.length,
                                        delta.sha256, delta.manifest_sha256, store, progress,
                                        index, steps)
        except (HashError, VersionError, FormatError, FetchError) as exc:
            report.skipped.append(Problem(
                f"{entry.id}: delta refused ({exc}); fetching the full pack",
                code="sync.delta_refused", fields={"pack": entry.id}))
        else:
            report.via_delta.append(entry.id)
            return result
    return _fetch_and_install(home, source, entry, entry.file, entry.length, entry.sha256,
                              entry.manifest_sha256, store, progress, index, steps)


def _fetch_and_install(home: Path, source: Source, entry: IndexEntry, file: str, length: int,
                       digest: str, manifest_sha256: str, store: TrustStore,
                       progress: Progress | None, index: Index,
                       steps: Callable[[str], None] | None = None) -> InstallResult:
    # A stable name: an interrupted download leaves `NAME.part`, which the next sync resumes.
    incoming = packs_dir(home) / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    local = incoming / f"{digest[:32]}.fkpack"
    try:
        source.fetch(file, local, length, digest, progress)
        with PackFile(local) as pf:
            m = parse_manifest(pf.manifest_json())
        if (m.id, m.version, m.content_digest, manifest_hash(m.envelope)) != (
                entry.id, entry.version, entry.content_digest, manifest_sha256):
            raise HashError(f"{file} on {source.label} is not the pack its index signed "
                            "(mix-and-match refused)")
        return install_pack(home, local, store, index=index.envelope, progress=steps)
    finally:
        local.unlink(missing_ok=True)


@dataclass(frozen=True)
class Update:
    """A newer version a source offers, and what fetching it would cost."""

    id: str
    title: str
    installed: int | None
    version: int
    download: int  # bytes: the delta's when one applies, else the full pack's
    is_delta: bool

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "installed": self.installed,
                "version": self.version, "download": self.download, "delta": self.is_delta}


def available_updates(home: Path, source: Source, *, take_all: bool = False,
                      accept_stale: bool = False) -> list[Update]:
    """What `sync_source` would fetch, checked the same way (roots, index signature, rollback,
    expiry), with nothing downloaded beyond the metadata and nothing installed."""
    store = TrustStore(home)
    current = {p.id: p.current for p in installed_packs(home)}
    root, index = _trusted_root_for_feed(source, store)
    is_stale = _check_index(index, root, store, source, accept_stale)
    out = []
    for pid, entry in sorted(index.packs.items()):
        have = current.get(pid)
        if (have is None and (not take_all or is_stale)) or (
                have is not None and entry.version <= have.version):
            continue
        delta = usable_delta(entry, have)
        if delta is not None and have is not None:
            out.append(Update(pid, entry.title, have.version, entry.version, delta.length, True))
        else:
            out.append(Update(pid, entry.title, have.version if have else None, entry.version,
                              entry.length, False))
    return out


def sync_source(home: Path, source: Source, *, take_all: bool = False,
                accept_stale: bool = False, progress: Progress | None = None,
                say: Callable[[str], None] | None = None,
                steps: Callable[[str], None] | None = None) -> SyncReport:
    """Install every newer pack the source offers for the installed ones (all with
    `take_all`). `steps` hears each install step ("unpacking", ..., "switching"); the GUI
    checks for a cancel there, so a cancel before the switch leaves the old version."""
    store = TrustStore(home)
    report = SyncReport(source.label)
    current = {p.id: p.current for p in installed_packs(home)}
    installed = {pid: v.version for pid, v in current.items()}
    if source.read_meta(ROOT, MAX_ROOT_BYTES) is None and source.read_meta(
            INDEX, MAX_INDEX_BYTES) is None:
        if not source.is_folder:
            raise FormatError(f"{source.label} is not a FieldKit feed (it has no {INDEX})")
        return _sync_loose(home, source, store, installed, take_all, report)
    root, index = _trusted_root_for_feed(source, store)
    report.is_stale = _check_index(index, root, store, source, accept_stale)
    report.index_version, report.content_as_of = index.version, index.created
    for pid, entry in sorted(index.packs.items()):
        have = installed.get(pid)
        if have is None and not take_all:
            continue
        if have is None and report.is_stale:
            report.skipped.append(Problem(f"{pid}: not installed, and the index is stale",
                                          code="sync.stale_skipped", fields={"pack": pid}))
            continue
        if have is not None and entry.version <= have:
            continue
        if say:
            say(f"fetching {pid} version {entry.version} ({entry.length} bytes)")
        report.installed.append(_install_entry(home, source, entry, store, progress,
                                               current.get(pid), report, index, steps))
    return report


def _sync_loose(home: Path, source: Source, store: TrustStore, installed: dict[str, int],
                take_all: bool, report: SyncReport) -> SyncReport:
    """Loose `.fkpack` files: the newest trusted one of each id, checked again on a copy."""
    newest: dict[str, tuple[int, str]] = {}
    for name in source.loose_packs():
        try:
            with open_verified(source.loose_path(name), store) as (_pf, m, _root):
                pass
        except PackError as exc:
            report.skipped.append(Problem(f"{name}: {exc}", code=exc.code,
                                          fields={**exc.fields, "skipped": name}))
            continue
        if m.version > newest.get(m.id, (0, ""))[0]:
            newest[m.id] = (m.version, name)
    for pid, (version, name) in sorted(newest.items()):
        have = installed.get(pid)
        if (have is None and not take_all) or (have is not None and version <= have):
            continue
        work = _incoming(home)
        try:
            local = work / "pack.fkpack"
            try:
                shutil.copyfile(source.loose_path(name), local)
            except OSError as exc:
                raise FetchError(f"{name} on {source.label} cannot be read "
                                 f"({exc.strerror})") from exc
            report.installed.append(install_pack(home, local, store))
        except PackError as exc:
            report.skipped.append(Problem(f"{name}: {exc}", code=exc.code,
                                          fields={**exc.fields, "skipped": name}))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return report


def open_source(text: str, ca_file: str | None = None) -> Source:
    """A folder path, or an http(s):// feed URL (its TLS certificate also checked against
    `ca_file` when given)."""
    if text.startswith(("http://", "https://")):
        from fieldkit.packs.fetch import HttpSource

        return HttpSource(text, ca_file=ca_file)
    from fieldkit.packs.sources import FolderSource

    return FolderSource(Path(text))


def sync_all(home: Path, sources: list[str | Source], *, take_all: bool = False,
             accept_stale: bool = False, progress: Progress | None = None,
             warn: Callable[[str], None] | None = None,
             ca_file: str | None = None) -> tuple[list[SyncReport], list[str]]:
    """Each source in turn (mirrors): one that is down, slow or serves bad data is skipped with
    a warning and never blocks the next. Returns the reports and one sentence per failure."""
    reports: list[SyncReport] = []
    failures: list[str] = []
    for item in sources:
        label = item if isinstance(item, str) else item.label
        try:
            source = open_source(item, ca_file) if isinstance(item, str) else item
            reports.append(sync_source(home, source, take_all=take_all,
                                       accept_stale=accept_stale, progress=progress))
        except PackError as exc:
            failures.append(str(exc) if label in str(exc) else f"{label}: {exc}")
            if warn:
                warn(failures[-1])
    return reports, failures
