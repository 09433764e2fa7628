"""The zero-plaintext scan (issue 11): search every file under some folders for a person's
words, as someone who took the laptop would, and say where any of them shows.

Each needle is looked for as UTF-8 (what SQLite stores) and UTF-16 (what a Qt buffer or a
Windows file would hold). Links are not followed; unreadable files are reported as such, never
skipped silently.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path


def unique_text(label: str) -> str:
    """A string found nowhere else on this machine (e.g. 'note-3f9a…'), to plant and look for."""
    return f"{label}-{secrets.token_hex(8)}"


def _forms(needle: str) -> list[bytes]:
    return [needle.encode("utf-8"), needle.encode("utf-16-le")]


def find_plaintext(needles: Iterable[str], *roots: Path) -> list[str]:
    """'FILE: NEEDLE' for every file under `roots` that holds one of `needles` in the clear
    (and 'FILE: unreadable (...)' for a file that cannot be read); empty means none."""
    forms = {needle: _forms(needle) for needle in needles}
    hits: list[str] = []
    for root in roots:
        if not Path(root).exists():
            continue
        for dirpath, _dirs, files in os.walk(root, followlinks=False):
            for name in files:
                path = Path(dirpath) / name
                if path.is_symlink() or not path.is_file():
                    continue
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    hits.append(f"{path}: unreadable ({exc.strerror})")
                    continue
                hits.extend(f"{path}: {needle}" for needle, variants in forms.items()
                            if any(v in data for v in variants))
    return hits
