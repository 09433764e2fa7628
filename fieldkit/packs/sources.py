"""Where sync reads a feed from: a folder (a USB stick, loose `.fkpack` files) or, in
`fetch.py`, an HTTP(S) URL. Both give small metadata files with a size cap and copy a pack
into the data folder, stopping at its signed length and checking its SHA-256.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from fieldkit.packs.errors import FetchError, HashError, SizeError

Progress = Callable[[int, int], None]  # bytes so far, bytes in all


class Source(Protocol):
    label: str
    is_folder: bool  # a stale index may be accepted from a folder, never from a URL

    def read_meta(self, name: str, limit: int) -> bytes | None:
        """The file's bytes, or None when the source has no such file."""

    def fetch(self, name: str, dest: Path, length: int, digest: str,
              progress: Progress | None = None) -> None:
        """Copies `name` to `dest`; raises unless it is exactly `length` bytes of `digest`."""

    def loose_packs(self) -> list[str]:
        """Pack files lying in the source outside any feed (folders only)."""

    def loose_path(self, name: str) -> Path:
        """Where one of `loose_packs()` lies (copied before it is installed)."""


class FolderSource:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.label = str(folder)
        self.is_folder = True
        if not self.folder.is_dir():
            raise FetchError(f"{folder}: not a folder")

    def _path(self, name: str) -> Path:
        if name.startswith("/") or ".." in Path(name).parts:
            raise FetchError(f"{self.label}: {name!r} is outside the feed")
        return self.folder / name

    def read_meta(self, name: str, limit: int) -> bytes | None:
        path = self._path(name)
        try:
            with path.open("rb") as f:
                data = f.read(limit + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise FetchError(f"{path}: cannot be read ({exc.strerror})") from exc
        if len(data) > limit:
            raise SizeError(f"{path.name} on {self.label} is over its size limit")
        return data

    def fetch(self, name: str, dest: Path, length: int, digest: str,
              progress: Progress | None = None) -> None:
        path = self._path(name)
        h, seen = hashlib.sha256(), 0
        try:
            with path.open("rb") as src, dest.open("wb") as out:
                while chunk := src.read(min(1024 * 1024, length + 1 - seen)):
                    seen += len(chunk)
                    if seen > length:
                        raise HashError(f"{name} on {self.label} is longer than the signed "
                                        f"{length} bytes")
                    h.update(chunk)
                    out.write(chunk)
                    if progress:
                        progress(seen, length)
                out.flush()
                os.fsync(out.fileno())
        except FileNotFoundError as exc:
            raise FetchError(f"{name} is missing from {self.label}") from exc
        except OSError as exc:
            raise FetchError(f"{name} on {self.label} cannot be read ({exc.strerror})") from exc
        if seen != length or h.hexdigest() != digest:
            raise HashError(f"{name} on {self.label} does not match the signed index "
                            "(length or SHA-256)")

    def loose_packs(self) -> list[str]:
        return sorted(p.name for p in self.folder.glob("*.fkpack") if p.is_file())

    def loose_path(self, name: str) -> Path:
        return self._path(name)
