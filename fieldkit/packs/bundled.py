"""The library shipped inside the package, as a signed pack: its roots trusted and the pack
installed on first run, so a later sync upgrades it like any other pack.

`library-pack.json` (written by the package build) names the pack file, its id and version and
the root files; the pack itself is verified like any other. Never replaces a newer version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from fieldkit.packs.errors import FormatError

MAX_INFO_BYTES = 64 * 1024


@dataclass(frozen=True)
class BundledPack:
    id: str
    version: int
    pack: Path
    roots: list[Path]

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "version": self.version, "pack": self.pack.name,
                "roots": [f"roots/{r.name}" for r in self.roots]}


def read_info(path: Path) -> BundledPack:
    path = Path(path)
    try:
        data = path.read_bytes()[:MAX_INFO_BYTES]
        doc = json.loads(data)
        return BundledPack(str(doc["id"]), int(doc["version"]), path.parent / doc["pack"],
                           [path.parent / r for r in doc["roots"]])
    except OSError as exc:
        raise FormatError(f"{path}: cannot read the bundled library's description "
                          f"({exc.strerror})") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"{path}: the bundled library's description is damaged") from exc


def installed_version(folder: Path, pack_id: str) -> int | None:
    """From the pointer file's JSON alone: at every start, before the first window, this must
    not load the database layer. A damaged pointer counts as nothing installed (the install
    then names the damage)."""
    path = Path(folder) / "packs" / "installed.json"
    try:
        doc = json.loads(path.read_bytes())
        return int(doc["packs"][pack_id]["current"]["version"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def ensure_installed(folder: Path, info_path: Path) -> str | None:
    """Trust the bundled roots and install the bundled pack unless this version or a newer one
    of its id is installed. Returns what was done, or None when nothing had to be.

    Every start of the package calls this before its first window: the check reads two small
    JSON files; the install machinery (the database layer, crypto) is imported only when there
    is something to install."""
    info = read_info(info_path)
    have = installed_version(folder, info.id)
    if have is not None and have >= info.version:
        return None
    from fieldkit.packs.install import install_pack
    from fieldkit.packs.trust import TrustStore, load_trust_source

    store = TrustStore(folder)
    for root in info.roots:
        store.add(load_trust_source(root))
    result = install_pack(folder, info.pack, store)
    if not result.changed:
        return None
    was = f" (replacing version {result.previous})" if result.previous else ""
    return f"installed the bundled library {result.id} version {result.version}{was}"
