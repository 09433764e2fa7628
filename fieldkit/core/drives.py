"""The removable drives mounted now (a USB stick someone handed over), where Linux desktops put
them: /media/$USER, /run/media/$USER, and /mnt. Reads folder listings only."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Drive:
    name: str  # the volume's label as the system mounted it
    path: Path


def mount_roots(user: str | None = None) -> list[Path]:
    try:
        who = user or getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        who = str(os.getuid()) if hasattr(os, "getuid") else ""
    return [Path("/media") / who, Path("/run/media") / who, Path("/media"), Path("/mnt")]


def mounted_drives(roots: list[Path] | None = None, *, require_mount: bool = True) -> list[Drive]:
    """Each folder directly under a mount root that is a mount point (a drive), once."""
    seen: set[Path] = set()
    drives: list[Drive] = []
    for root in roots if roots is not None else mount_roots():
        try:
            entries = sorted(root.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                real = entry.resolve()
                is_drive = entry.is_dir() and (not require_mount or os.path.ismount(entry))
            except OSError:
                continue
            if is_drive and real not in seen:
                seen.add(real)
                drives.append(Drive(entry.name, entry))
    return drives
