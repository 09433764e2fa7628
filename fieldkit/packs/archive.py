"""The `.fkpack` container: an uncompressed POSIX tar holding `manifest.json` (the signed
manifest) and the members it names. Reading is strict: regular files only, plain names from a
fixed list (nothing that could escape a folder), no duplicates, sizes capped before reading.

Extraction streams each member into a hash and stops at its signed length.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from fieldkit.core.files import atomic_target
from fieldkit.packs.errors import ArchiveError, FormatError, HashError, SizeError

MANIFEST = "manifest.json"
CONTENT = "content.sqlite.zst"
DELTA_KEYS = "delta-keys.json.zst"  # which rows changed (plain zstd)
DELTA_ROWS = "delta-rows.json.zst"  # their new values (zstd against the old rows)
MEMBERS = (MANIFEST, CONTENT, DELTA_KEYS, DELTA_ROWS)
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_PACK_BYTES = 16 * 1024 ** 3
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_CHUNK = 1024 * 1024


def write_pack(out: Path, manifest: dict[str, Any], members: dict[str, Path]) -> None:
    """Writes the container to an exclusively created temp file beside `out` (a planted link
    is never followed), then moves it into place whole."""
    with atomic_target(Path(out), what="the pack") as tmp:
        with tarfile.open(tmp, "w", format=tarfile.USTAR_FORMAT) as tar:
            data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
            tar.addfile(_info(MANIFEST, len(data)), io.BytesIO(data))
            for name, path in members.items():
                with path.open("rb") as f:
                    tar.addfile(_info(name, path.stat().st_size), f)
            end = tar.offset + 2 * tarfile.BLOCKSIZE
        # tar pads to 10 KiB records; the two zero blocks are all a reader needs, and a small
        # delta should not pay for the padding
        os.truncate(tmp, end)


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o644, 0
    info.uname = info.gname = ""
    return info


class PackFile:
    """An opened `.fkpack`, its member list checked; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            raise ArchiveError(f"{self.path}: cannot read the pack ({exc.strerror})") from exc
        if size > MAX_PACK_BYTES:
            raise SizeError(f"{self.path.name}: {size} bytes is over the pack size limit")
        try:
            self._tar = tarfile.open(self.path, "r:")  # noqa: SIM115 - closed by close()
        except (tarfile.TarError, OSError) as exc:
            raise ArchiveError(f"{self.path.name}: not a FieldKit pack") from exc
        try:
            self.members = self._check_members()
        except BaseException:
            self._tar.close()
            raise

    def _check_members(self) -> dict[str, tarfile.TarInfo]:
        members: dict[str, tarfile.TarInfo] = {}
        try:
            infos = self._tar.getmembers()
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise ArchiveError(f"{self.path.name}: the pack is truncated or damaged") from exc
        for info in infos:
            name = info.name
            if not _NAME.match(name) or name in (".", ".."):
                raise ArchiveError(f"{self.path.name}: member {name!r} has a path that is not "
                                   "allowed in a pack")
            if not info.isreg():
                raise ArchiveError(f"{self.path.name}: member {name!r} is a link or special "
                                   "file, which a pack may not hold")
            if name in members:
                raise ArchiveError(f"{self.path.name}: member {name!r} appears twice")
            if name not in MEMBERS:
                raise ArchiveError(f"{self.path.name}: unexpected member {name!r}")
            if info.offset_data + info.size > self.path.stat().st_size:
                raise HashError(f"{self.path.name}: the pack is truncated")
            members[name] = info
        if MANIFEST not in members:
            raise ArchiveError(f"{self.path.name}: not a FieldKit pack (no manifest)")
        return members

    def close(self) -> None:
        self._tar.close()

    def __enter__(self) -> PackFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def manifest_json(self) -> Any:
        info = self.members[MANIFEST]
        if info.size > MAX_MANIFEST_BYTES:
            raise SizeError(f"{self.path.name}: the manifest is over its size limit")
        data = self._read(info, info.size)
        try:
            return json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FormatError(f"{self.path.name}: the manifest is not JSON") from exc

    def _read(self, info: tarfile.TarInfo, limit: int) -> bytes:
        f = self._tar.extractfile(info)
        if f is None:
            raise ArchiveError(f"{self.path.name}: member {info.name!r} cannot be read")
        return f.read(limit)

    def stream(self, name: str, length: int, digest: str) -> Iterator[bytes]:
        """The member's bytes, checked against its signed length and SHA-256 as they go."""
        info = self.members.get(name)
        if info is None:
            raise ArchiveError(f"{self.path.name}: the pack has no {name}")
        if info.size != length:
            raise HashError(f"{self.path.name}: {name} is {info.size} bytes, the manifest "
                            f"signed {length}")
        f: IO[bytes] | None = self._tar.extractfile(info)
        if f is None:
            raise ArchiveError(f"{self.path.name}: member {name!r} cannot be read")
        h, seen = hashlib.sha256(), 0
        while seen < length:
            chunk = f.read(min(_CHUNK, length - seen))
            if not chunk:
                raise HashError(f"{self.path.name}: {name} is truncated")
            seen += len(chunk)
            h.update(chunk)
            if seen == length and h.hexdigest() != digest:
                raise HashError(f"{self.path.name}: {name} does not match the signed SHA-256")
            yield chunk
