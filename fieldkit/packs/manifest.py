"""The pack manifest (signed by the packs role): what a pack holds and how to check it, plus
`create_pack` (source folder -> signed `.fkpack`) and `open_verified` (pack -> trusted manifest).

A lone pack on a USB stick is verified with a trusted root alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from fieldkit import __version__
from fieldkit.core.build import LibraryInfo, build_library, build_time, read_library_info
from fieldkit.core.models import CONTENT_SCHEMA_VERSION
from fieldkit.packs import slim
from fieldkit.packs.archive import CONTENT, DELTA_KEYS, DELTA_ROWS, PackFile, write_pack
from fieldkit.packs.errors import (
    ExpiredError,
    FormatError,
    HashError,
    SchemaError,
    SignatureError,
    SizeError,
    TrustError,
)
from fieldkit.packs.signing import SigningKey, parse_envelope, sign_envelope
from fieldkit.packs.trust import Root, TrustStore, format_time

ZSTD_LEVEL = 19
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_")


@dataclass(frozen=True)
class Member:
    name: str
    length: int
    sha256: str
    unpacked_length: int
    unpacked_sha256: str


@dataclass(frozen=True)
class DeltaBase:
    version: int
    digest: str


@dataclass(frozen=True)
class Manifest:
    envelope: dict[str, Any]
    id: str
    version: int
    title: str
    created: str
    languages: list[str]
    content_schema: int
    min_app: str
    counts: dict[str, int]
    members: dict[str, Member]
    content_digest: str
    delta: DeltaBase | None = None

    @property
    def content(self) -> Member:
        return self.members[CONTENT]


def check_pack_id(pack_id: str) -> str:
    if not pack_id or len(pack_id) > 64 or not set(pack_id) <= _ID_CHARS or pack_id[0] in "-_":
        raise FormatError(f"pack id {pack_id!r} must be 1-64 lowercase letters, digits, - or _")
    return pack_id


def parse_manifest(doc: Any) -> Manifest:
    env = parse_envelope(doc, "pack")
    s = env["signed"]
    try:
        members = {name: Member(name, int(m["length"]), str(m["sha256"]),
                                int(m["unpacked_length"]), str(m["unpacked_sha256"]))
                   for name, m in s["members"].items()}
        manifest = Manifest(env, check_pack_id(str(s["id"])), s["version"], str(s["title"]),
                            str(s["created"]), [str(x) for x in s["languages"]],
                            s["content_schema"], str(s["min_app"]),
                            {str(k): int(v) for k, v in s["counts"].items()}, members,
                            str(s["content_digest"]),
                            DeltaBase(int(s["delta"]["base_version"]),
                                      str(s["delta"]["base_digest"])) if s.get("delta") else None)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormatError(f"not a valid pack manifest ({exc} missing or malformed)") from exc
    if not isinstance(manifest.version, int) or manifest.version < 1:
        raise FormatError("the pack's version is not a positive integer")
    needed = {DELTA_KEYS, DELTA_ROWS} if manifest.delta else {CONTENT}
    if not isinstance(manifest.content_schema, int) or not needed <= set(members):
        raise FormatError("not a valid pack manifest (no content)")
    return manifest


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for p in text.split("."):
        digits = "".join(ch for ch in p if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def check_compatible(m: Manifest) -> None:
    """Extraneous dependencies: content this FieldKit cannot read is refused before download
    or install."""
    if m.content_schema > CONTENT_SCHEMA_VERSION:
        raise SchemaError(f"pack {m.id} version {m.version} uses content schema "
                          f"{m.content_schema}; this FieldKit reads up to "
                          f"{CONTENT_SCHEMA_VERSION}: update FieldKit first")
    if _version_tuple(m.min_app) > _version_tuple(__version__):
        raise SchemaError(f"pack {m.id} version {m.version} needs FieldKit {m.min_app} or "
                          f"newer (this is {__version__})")


def trusted_root_for(m: Manifest, store: TrustStore) -> Root:
    """The trusted root whose packs role signed this manifest (arbitrary installation)."""
    roots = store.roots()
    if not roots:
        raise TrustError("no root of trust is set up: add one with `fieldkit trust add`")
    for root in roots:
        try:
            root.check(m.envelope, "packs", f"pack {m.id}")
        except SignatureError:
            continue
        if root.is_expired() and not root.is_local:
            raise ExpiredError(f"the root that signs pack {m.id} expired on "
                               f"{format_time(root.expires)[:10]}: sync a newer root first")
        return root
    raise SignatureError(f"pack {m.id} is not signed by any trusted key", fields={"pack": m.id})


@contextlib.contextmanager
def open_verified(path: Path, store: TrustStore) -> Iterator[tuple[PackFile, Manifest, Root]]:
    """The pack opened, its manifest signature checked against the trusted roots."""
    with PackFile(path) as pack:
        m = parse_manifest(pack.manifest_json())
        root = trusted_root_for(m, store)
        check_compatible(m)
        yield pack, m, root


def unpack_content(pack: PackFile, m: Manifest, folder: Path) -> Path:
    """Writes the verified compressed member into `folder`, then the slim DB beside it, its
    length capped and its SHA-256 checked; returns the slim DB's path."""
    c = m.content
    packed = folder / CONTENT
    with packed.open("wb") as f:
        for chunk in pack.stream(CONTENT, c.length, c.sha256):
            f.write(chunk)
    out = folder / "content.sqlite"
    h, seen = hashlib.sha256(), 0
    with packed.open("rb") as src, out.open("wb") as dst:
        reader = zstandard.ZstdDecompressor().stream_reader(src)
        try:
            while chunk := reader.read(1024 * 1024):
                seen += len(chunk)
                if seen > c.unpacked_length:
                    raise SizeError(f"pack {m.id}: the content unpacks to more than the "
                                    f"{c.unpacked_length} bytes signed")
                h.update(chunk)
                dst.write(chunk)
        except zstandard.ZstdError as exc:
            raise HashError(f"pack {m.id}: the content does not decompress ({exc})") from exc
        dst.flush()
        os.fsync(dst.fileno())
    packed.unlink()
    if seen != c.unpacked_length or h.hexdigest() != c.unpacked_sha256:
        raise HashError(f"pack {m.id}: the unpacked content does not match the signed SHA-256")
    return out


def verify_pack(path: Path, store: TrustStore) -> tuple[Manifest, Root]:
    """Everything `install` checks, in a temporary folder: signature, member hashes, the slim
    DB's integrity and its content digest."""
    with open_verified(path, store) as (pack, m, root), \
            tempfile.TemporaryDirectory(prefix="fieldkit-verify-") as tmp:
        if m.delta:  # its rows are checked against the base when it is applied
            for member in m.members.values():
                for _chunk in pack.stream(member.name, member.length, member.sha256):
                    pass
        else:
            db = unpack_content(pack, m, Path(tmp))
            check_content(db, m)
    return m, root


def check_content(db: Path, m: Manifest) -> None:
    if not slim.integrity_ok(db):
        raise HashError(f"pack {m.id}: the content database fails its integrity check")
    try:
        digest = slim.content_digest(db)
    except sqlite3.DatabaseError as exc:
        raise HashError(f"pack {m.id}: the content database cannot be read ({exc})") from exc
    if digest != m.content_digest:
        raise HashError(f"pack {m.id}: the content does not match the signed content digest")


# --- publisher side --------------------------------------------------------------------------

def _languages(db: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        tables = [t for t in ("records", "checklists", "prompts", "translations")
                  if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (t,)).fetchone()]
        return sorted({r[0] for t in tables
                       for r in conn.execute(f"SELECT DISTINCT language FROM {t}") if r[0]})


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


def read_member(pack: PackFile, m: Manifest, name: str) -> bytes:
    member = m.members[name]
    return b"".join(pack.stream(name, member.length, member.sha256))


def _base_slim(base: Path, pack_id: str, version: int, folder: Path) -> tuple[Path, Manifest]:
    """The slim DB of the publisher's previous full pack, for a delta against it."""
    with PackFile(base) as pf:
        bm = parse_manifest(pf.manifest_json())
        if bm.id != pack_id or bm.version >= version or bm.delta:
            raise FormatError(f"{base.name} is not an older full pack of {pack_id}")
        folder.mkdir()
        return unpack_content(pf, bm, folder), bm


def create_pack(src: Path, key: SigningKey, pack_id: str, version: int, out: Path,
                title: str | None = None, min_app: str | None = None,
                base: Path | None = None) -> Manifest:
    """Build `src`, keep its source rows as a zstd-compressed slim DB, sign the manifest. With
    `base` (an older full pack of the same id), write only the rows that changed."""
    check_pack_id(pack_id)
    if version < 1:
        raise FormatError("a pack's version must be a positive integer")
    info = read_library_info(Path(src))
    with tempfile.TemporaryDirectory(prefix="fieldkit-pack-") as tmp_name:
        tmp = Path(tmp_name)
        full = build_library(Path(src), tmp / "full.sqlite",
                             info=LibraryInfo(pack_id, title or info.title, str(version))).path
        db = tmp / "content.sqlite"
        counts = slim.make_slim(full, db, pack_id, version)
        digest = slim.content_digest(db)
        if base is not None:
            files, members, delta = _delta_members(Path(base), pack_id, version, db, tmp)
        else:
            files, delta = _full_members(db, tmp), None
            members = {CONTENT: {"length": files[CONTENT].stat().st_size,
                                 "sha256": _file_hash(files[CONTENT]),
                                 "unpacked_length": db.stat().st_size,
                                 "unpacked_sha256": _file_hash(db)}}
        signed = {
            "_type": "pack", "spec_version": "1.0", "id": pack_id, "version": version,
            "title": title or info.title, "created": format_time(build_time()),
            "languages": _languages(db), "content_schema": CONTENT_SCHEMA_VERSION,
            "min_app": min_app or __version__, "counts": counts.as_json(),
            "members": members, "content_digest": digest,
        }
        if delta:
            signed["delta"] = delta
        envelope = sign_envelope(signed, [key])
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        write_pack(Path(out), envelope, files)
    return parse_manifest(envelope)


def _full_members(db: Path, tmp: Path) -> dict[str, Path]:
    packed = tmp / CONTENT
    params = zstandard.ZstdCompressionParameters.from_level(
        ZSTD_LEVEL, enable_ldm=True, window_log=27, threads=0)
    with db.open("rb") as f_in, packed.open("wb") as f_out:
        zstandard.ZstdCompressor(compression_params=params).copy_stream(f_in, f_out)
    return {CONTENT: packed}


def _delta_members(base: Path, pack_id: str, version: int, db: Path, tmp: Path
                   ) -> tuple[dict[str, Path], dict[str, Any], dict[str, Any]]:
    from fieldkit.packs.delta import make_delta

    old, bm = _base_slim(base, pack_id, version, tmp / "base")
    d = make_delta(old, db)
    files: dict[str, Path] = {}
    members: dict[str, Any] = {}
    for name, data, unpacked in ((DELTA_KEYS, d.keys, d.keys_raw),
                                 (DELTA_ROWS, d.rows, d.rows_raw)):
        files[name] = tmp / name
        files[name].write_bytes(data)
        members[name] = {"length": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                         "unpacked_length": len(unpacked),
                         "unpacked_sha256": hashlib.sha256(unpacked).hexdigest()}
    return files, members, {"base_version": bm.version, "base_digest": bm.content_digest}
