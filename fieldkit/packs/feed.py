"""A feed is a folder of static files any web host or USB stick can serve: `root.json` and its
numbered versions (`1.root.json`, `2.root.json`...), `index.json` (signed by the index role,
with an expiry) and `packs/ID-VERSION.fkpack`. This module writes feeds and reads indexes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from fieldkit.packs.archive import PackFile
from fieldkit.packs.errors import FormatError, SignatureError, SizeError
from fieldkit.packs.manifest import parse_manifest
from fieldkit.packs.signing import (
    PublicKey,
    SigningKey,
    canonical,
    parse_envelope,
    sha256,
    sign_envelope,
)
from fieldkit.packs.trust import (
    MAX_ROOT_BYTES,
    Root,
    format_time,
    new_root,
    next_root,
    parse_root,
    parse_time,
    read_json_file,
    self_check,
    utcnow,
    write_atomic,
)

INDEX = "index.json"
ROOT = "root.json"
MAX_INDEX_BYTES = 4 * 1024 * 1024
DEFAULT_EXPIRY_DAYS = 14
_DIGEST = re.compile(r"[0-9a-f]{64}")
_FILE = re.compile(r"^packs/[a-z0-9][a-z0-9._-]{0,120}\.fkpack$")


def numbered_root(version: int) -> str:
    return f"{version}.root.json"


@dataclass(frozen=True)
class DeltaEntry:
    """A delta file from `base_version` (whose content digest is `base_digest`)."""

    base_version: int
    base_digest: str
    file: str
    length: int
    sha256: str
    manifest_sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"base_digest": self.base_digest, "file": self.file, "length": self.length,
                "sha256": self.sha256, "manifest_sha256": self.manifest_sha256}


@dataclass(frozen=True)
class IndexEntry:
    id: str
    version: int
    file: str
    length: int
    sha256: str
    content_digest: str
    manifest_sha256: str
    title: str
    deltas: dict[int, DeltaEntry] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"version": self.version, "file": self.file, "length": self.length,
                "sha256": self.sha256, "content_digest": self.content_digest,
                "manifest_sha256": self.manifest_sha256, "title": self.title,
                "deltas": {str(v): d.as_json() for v, d in sorted(self.deltas.items())}}


@dataclass(frozen=True)
class Index:
    envelope: dict[str, Any]
    version: int
    expires: dt.datetime
    created: str
    packs: dict[str, IndexEntry]

    def is_expired(self, now: dt.datetime | None = None) -> bool:
        return (now or utcnow()) >= self.expires


def parse_index(doc: Any) -> Index:
    env = parse_envelope(doc, "index")
    s = env["signed"]
    try:
        version = s["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise FormatError("the index's version is not a positive integer")
        packs = {}
        for pid, e in s["packs"].items():
            deltas = {int(v): DeltaEntry(int(v), str(d["base_digest"]), str(d["file"]),
                                         int(d["length"]), str(d["sha256"]),
                                         str(d["manifest_sha256"]))
                      for v, d in e.get("deltas", {}).items()}
            entry = IndexEntry(str(pid), int(e["version"]), str(e["file"]), int(e["length"]),
                               str(e["sha256"]), str(e["content_digest"]),
                               str(e["manifest_sha256"]), str(e.get("title", pid)), deltas)
            for name in [entry.file, *(d.file for d in deltas.values())]:
                if not _FILE.match(name) or ".." in name:
                    raise FormatError(f"the index names a file {name!r} outside the feed")
            # digests name local files (downloads, resumable parts): only 64 hex digits pass
            for digest in [entry.sha256, entry.content_digest, entry.manifest_sha256,
                           *(x for d in deltas.values()
                             for x in (d.base_digest, d.sha256, d.manifest_sha256))]:
                if not _DIGEST.fullmatch(digest):
                    raise FormatError(f"the index holds {digest[:20]!r}, which is not a "
                                      "SHA-256 digest")
            packs[entry.id] = entry
        return Index(env, version, parse_time(s["expires"], "index"), str(s.get("created", "")),
                     packs)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormatError(f"not a valid index ({exc} missing or malformed)") from exc


def manifest_hash(envelope: dict[str, Any]) -> str:
    return sha256(canonical(envelope["signed"]))


def _write_json(path: Path, doc: Any) -> None:
    write_atomic(path, json.dumps(doc, indent=1, sort_keys=True).encode("utf-8"))


def feed_root(feed: Path) -> Root | None:
    path = Path(feed) / ROOT
    if not path.is_file():
        return None
    return parse_root(read_json_file(path, "root", MAX_ROOT_BYTES))


def write_root(feed: Path, trust: list[PublicKey], threshold: int, signers: list[SigningKey],
               expires_in_days: int = 365) -> Root:
    """The feed's next root: `trust` keys for every role, `threshold` of them for the root
    role (one for index and packs). Checked like a client will before it is written."""
    feed = Path(feed)
    current = feed_root(feed)
    version = current.version + 1 if current else 1
    if not 1 <= threshold <= len(trust):
        raise FormatError(f"a threshold of {threshold} is impossible with {len(trust)} keys")
    env = new_root(version, {"root": trust, "index": trust, "packs": trust},
                   {"root": threshold, "index": 1, "packs": 1},
                   utcnow() + dt.timedelta(days=expires_in_days), signers)
    root = next_root(current, env) if current else parse_root(env)
    self_check(root)
    _write_json(feed / numbered_root(version), env)
    _write_json(feed / ROOT, env)
    return root


def add_packs(feed: Path, packs: list[Path], key: SigningKey,
              expires_in_days: int = DEFAULT_EXPIRY_DAYS) -> Index:
    """Copy packs into the feed and sign its next index with `key` (an index-role key).
    A feed without a root gets one naming `key` for every role."""
    feed = Path(feed)
    feed.mkdir(parents=True, exist_ok=True)
    root = feed_root(feed) or write_root(feed, [key.public], 1, [key])
    if key.public.keyid not in root.roles["index"].keyids:
        raise SignatureError("that key is not one of the feed's index keys")
    old = read_feed_index(feed)
    entries = dict(old.packs) if old else {}
    # full packs first: a delta is listed under the full pack of its version
    manifests = []
    for path in packs:
        with PackFile(path) as pf:
            m = parse_manifest(pf.manifest_json())
        root.check(m.envelope, "packs", f"pack {m.id}")
        manifests.append(((m.delta is not None, m.id, m.version), path, m))
    for _order, path, m in sorted(manifests, key=lambda t: t[0]):
        name = (f"packs/{m.id}-{m.delta.version}-to-{m.version}.fkpack" if m.delta
                else f"packs/{m.id}-{m.version}.fkpack")
        (feed / "packs").mkdir(exist_ok=True)
        tmp = feed / f"{name}.part"
        shutil.copyfile(path, tmp)
        tmp.replace(feed / name)
        length, data_hash = (feed / name).stat().st_size, _file_sha256(feed / name)
        if m.delta:
            full = entries.get(m.id)
            if full is None or (full.version, full.content_digest) != (m.version,
                                                                       m.content_digest):
                raise FormatError(f"add the full pack {m.id} version {m.version} with its "
                                  "delta")
            delta = DeltaEntry(m.delta.version, m.delta.digest, name, length, data_hash,
                               manifest_hash(m.envelope))
            entries[m.id] = replace(full, deltas={**full.deltas, m.delta.version: delta})
            continue
        entries[m.id] = IndexEntry(m.id, m.version, name, length, data_hash, m.content_digest,
                                   manifest_hash(m.envelope), m.title)
    now = utcnow()
    signed = {"_type": "index", "spec_version": "1.0", "version": (old.version + 1) if old else 1,
              "created": format_time(now),
              "expires": format_time(now + dt.timedelta(days=expires_in_days)),
              "packs": {pid: e.as_json() for pid, e in sorted(entries.items())}}
    env = sign_envelope(signed, [key])
    _write_json(feed / INDEX, env)
    return parse_index(env)


def read_feed_index(feed: Path) -> Index | None:
    path = Path(feed) / INDEX
    if not path.is_file():
        return None
    return parse_index(read_json_file(path, "index", MAX_INDEX_BYTES))


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


def check_index_size(data: bytes) -> None:
    if len(data) > MAX_INDEX_BYTES:
        raise SizeError("the feed's index is over its size limit")
