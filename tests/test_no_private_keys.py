"""No private key is ever committed: every file git tracks is scanned for FieldKit's private key
format (a JSON "private" field of 64 hex digits) and for PEM/OpenSSH private key blocks."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = (
    re.compile(rb'"private"\s*:\s*"[0-9a-fA-F]{64}"'),
    re.compile(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
)


def tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name.decode() for name in out.split(b"\0") if name]


def looks_like_private_key(data: bytes) -> bool:
    return any(p.search(data) for p in PATTERNS)


def test_the_detector_catches_both_formats(tmp_path: Path) -> None:
    from fieldkit.packs.signing import generate_key, write_keypair

    priv, pub = write_keypair(generate_key(), tmp_path, "k")
    assert looks_like_private_key(priv.read_bytes())
    assert not looks_like_private_key(pub.read_bytes())
    pem = b"-----BEGIN " + b"OPENSSH PRIVATE KEY-----"  # split: this file must not match
    assert looks_like_private_key(b"x\n" + pem + b"\nabc")


def test_no_file_in_the_repository_holds_a_private_key() -> None:
    files = tracked_files()
    assert files, "git listed no files"
    leaks = [str(f.relative_to(ROOT)) for f in files
             if f.is_file() and looks_like_private_key(f.read_bytes())]
    assert leaks == []
