"""Fixtures for the packs room: real keys (made in tmp_path, never committed), real packs built
from the fixture sources, a data folder that trusts the test root."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import SigningKey, generate_key, sign_envelope, write_keypair
from fieldkit.packs.trust import TrustStore, new_root, parse_root, utcnow

FIXTURES = Path(__file__).parents[1] / "core" / "fixtures"
SOURCE = FIXTURES / "source"
PACK_SOURCE = FIXTURES / "pack"


def make_root(key: SigningKey, version: int = 1, *, days: int = 365,
              signers: list[SigningKey] | None = None) -> dict[str, Any]:
    keys = {r: [key.public] for r in ("root", "index", "packs")}
    return new_root(version, keys, {"root": 1, "index": 1, "packs": 1},
                    utcnow() + dt.timedelta(days=days), signers or [key])


@pytest.fixture(scope="session")
def publisher() -> SigningKey:
    return generate_key()


@pytest.fixture(scope="session")
def stranger() -> SigningKey:
    return generate_key()


@pytest.fixture
def home(tmp_path: Path, publisher: SigningKey) -> Path:
    """A data folder whose trust store holds the publisher's root."""
    folder = tmp_path / "home"
    store = TrustStore(folder)
    store.add(parse_root(make_root(publisher)))
    return folder


@pytest.fixture(scope="session")
def packs(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey,
          stranger: SigningKey) -> dict[str, Path]:
    """Packs built once per session: regional v1/v2/v3 (v3 has an extra record), core v1, and
    regional v9 signed by a stranger."""
    out = tmp_path_factory.mktemp("packs")
    src2 = Path(shutil.copytree(PACK_SOURCE, out / "src-v3"))
    extra = next((SOURCE / "library").glob("*.txt"))
    shutil.copy(extra, src2 / "library" / extra.name)
    made = {
        "regional-1": create_pack(PACK_SOURCE, publisher, "regional", 1, out / "r1.fkpack"),
        "regional-2": create_pack(PACK_SOURCE, publisher, "regional", 2, out / "r2.fkpack"),
        "regional-3": create_pack(src2, publisher, "regional", 3, out / "r3.fkpack"),
        "core-1": create_pack(SOURCE, publisher, "test-core", 1, out / "c1.fkpack"),
        "stranger": create_pack(PACK_SOURCE, stranger, "regional", 9, out / "s9.fkpack"),
    }
    names = {"regional-1": "r1", "regional-2": "r2", "regional-3": "r3", "core-1": "c1",
             "stranger": "s9"}
    assert all(m.id for m in made.values())
    return {k: out / f"{names[k]}.fkpack" for k in made}


def write_key_files(tmp: Path, key: SigningKey, name: str) -> tuple[Path, Path]:
    return write_keypair(key, tmp, name)


def read_members(pack: Path) -> dict[str, bytes]:
    with tarfile.open(pack) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def write_tar(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def file_member(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def resign(pack: Path, out: Path, key: SigningKey,
           edit: Callable[[dict[str, Any]], None] | None = None,
           content: bytes | None = None) -> Path:
    """A copy of `pack` whose manifest is edited and signed again by `key` (a publisher that
    signs what it should not, or an attacker holding a key)."""
    members = read_members(pack)
    env = json.loads(members["manifest.json"])
    signed = env["signed"]
    if edit:
        edit(signed)
    if content is not None:
        members["content.sqlite.zst"] = content
    manifest = json.dumps(sign_envelope(signed, [key])).encode()
    return write_tar(out, [file_member("manifest.json", manifest)] + [
        file_member(name, data) for name, data in members.items() if name != "manifest.json"])


def pointer_bytes(home: Path) -> bytes | None:
    p = home / "packs" / "installed.json"
    return p.read_bytes() if p.exists() else None
